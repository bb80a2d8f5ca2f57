namespace NmZaMe.Web.Api.Delivery.OpenApi;

/// <summary>
/// OpenAPI description of one Delivery API endpoint, attached to it with <c>WithMetadata</c>. The path, method,
/// operationId (endpoint name) and tags are read from the endpoint itself, so they cannot drift from the routing.
/// </summary>
public sealed record ApiOperation(string Summary, IReadOnlyList<ApiParameter> Parameters, IReadOnlyList<ApiResponse> Responses)
{
    public string? Description { get; init; }

    /// <summary>Names of security schemes any one of which satisfies the operation.</summary>
    public IReadOnlyList<string> Security { get; init; } = [DeliveryOpenApiDocument.ApiKeyScheme];
}

public enum ParameterLocation
{
    Query,
    Header,
    Path,
}

public sealed record ApiParameter(string Name, ParameterLocation In, ApiSchema Schema, string Description)
{
    public bool Required { get; init; }

    public IReadOnlyList<ApiExample> Examples { get; init; } = [];

    /// <summary>Options NmZaMe adds to Umbraco's grammar, written as <c>x-nmzame-extensions</c>.</summary>
    public IReadOnlyList<ApiExtensionNote> Extensions { get; init; } = [];

    /// <summary>Where NmZaMe deliberately behaves differently from Umbraco, written as <c>x-nmzame-deviation</c>.</summary>
    public string? Deviation { get; init; }
}

/// <summary>A named example; several values only for array parameters.</summary>
public sealed record ApiExample(string Name, params string[] Values);

public sealed record ApiExtensionNote(string Syntax, string Description);

public sealed record ApiResponse(int Status, string Description, IReadOnlyList<ApiContent> Content)
{
    /// <summary>Why NmZaMe documents a response Umbraco's document lacks, written as <c>x-nmzame-extension</c>.</summary>
    public string? Extension { get; init; }

    public static ApiResponse Json(int status, string description, ApiSchema schema) =>
        new(status, description, [new ApiContent("application/json", schema)]);

    /// <summary>An error written by <c>Results.Problem</c>.</summary>
    public static ApiResponse Problem(int status, string description) =>
        new(status, description, [new ApiContent("application/problem+json", ApiSchema.RefTo("ProblemDetails"))]);

    /// <summary>
    /// 404 from an item endpoint: ProblemDetails for a missing item, or Umbraco's plain-text answer to an unknown Start-Item.
    /// </summary>
    public static ApiResponse NotFoundOrUnknownStartItem(string description) =>
        new(404, description,
        [
            new ApiContent("application/problem+json", ApiSchema.RefTo("ProblemDetails")),
            new ApiContent("text/plain", ApiSchema.String),
        ]);
}

public sealed record ApiContent(string MediaType, ApiSchema Schema);
