using NmZaMe.Cms.Delivery;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Api.Delivery;

/// <summary>Builds the per-request context (snapshot, culture, start item) and the errors Umbraco gives for bad requests.</summary>
public static class DeliveryContext
{
    /// <summary>The request context, or the response that refuses the request.</summary>
    public static async Task<(DeliveryRequest? Request, IResult? Refusal)> CreateAsync(HttpContext http, ISnapshotSource snapshots, DeliveryAccess access, bool media)
    {
        http.Response.Headers.Vary = media ? "Start-Item" : "Accept-Language, Accept-Segment, Preview, Start-Item";
        if (!(media ? access.HasMediaAccess(http) : access.HasContentAccess(http)))
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status401Unauthorized));
        }

        if (!snapshots.IsLoaded)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Starting", detail: "The content cache is still loading; try again in a moment."));
        }

        var preview = !media && access.IsPreview(http);
        var snapshot = preview
            ? await http.RequestServices.GetRequiredService<PreviewSnapshotService>().GetAsync(http.RequestAborted)
            : snapshots.Current;
        var culture = DeliveryRequest.ResolveCulture(snapshot, http.Request.Headers.AcceptLanguage.ToString());
        PublishedContent? startItem = null;
        var startHeader = http.Request.Headers["Start-Item"].ToString();
        if (!media && !string.IsNullOrWhiteSpace(startHeader))
        {
            startItem = DeliveryRequest.ResolveStartItem(snapshot, startHeader);
            if (startItem is null)
            {
                // Umbraco answers with a string here, not ProblemDetails, negotiated: JSON when asked for, else plain text.
                const string message = "The Start-Item could not be found";
                return (null, AcceptsJson(http.Request)
                    ? Results.Json(message, statusCode: StatusCodes.Status404NotFound)
                    : Results.Text(message, "text/plain", statusCode: StatusCodes.Status404NotFound));
            }
        }

        if (preview)
        {
            // Drafts must never be cached by anything between the API and the editor.
            http.Response.Headers.CacheControl = "no-store";
        }

        return (new DeliveryRequest(snapshot, culture, startItem)
        {
            Published = preview ? snapshots.Current : null,
            Now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        }, null);
    }

    private static bool AcceptsJson(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || a.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    public static IResult Problem(DeliveryProblem problem) =>
        Results.Problem(title: problem.Title, detail: problem.Detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound);

    /// <summary>skip/take as Umbraco reads them, with take capped by configuration.</summary>
    public static IResult? TryPaging(HttpContext http, int maxTake, out int skip, out int take)
    {
        skip = 0;
        take = 10;
        var skipText = http.Request.Query["skip"].ToString();
        var takeText = http.Request.Query["take"].ToString();
        if (skipText.Length > 0 && (!int.TryParse(skipText, out skip) || skip < 0))
        {
            return Invalid("skip", skipText, "'skip' must be a whole number of zero or more.");
        }

        if (takeText.Length > 0 && (!int.TryParse(takeText, out take) || take < 0))
        {
            return Invalid("take", takeText, $"'take' must be a whole number from 0 to {maxTake}.");
        }

        take = Math.Min(take, maxTake);
        return null;
    }

    /// <summary>
    /// A parameter that does not bind, in the shape of Umbraco's [ApiController] model binding: ValidationProblemDetails
    /// titled "One or more validation errors occurred." with the error under the parameter's name.
    /// </summary>
    private static IResult Invalid(string parameter, string value, string message)
    {
        var shown = value.Length > 60 ? value[..60] + "…" : value;
        return Results.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [$"The value '{shown}' is not valid. {message}"] });
    }

    /// <summary>The repeated <c>id</c> parameter as distinct GUIDs in the order given (at most 1,000), or a 400 naming the bad one.</summary>
    public static IResult? TryReadIds(HttpContext http, out List<Guid> ids)
    {
        ids = [];
        foreach (var value in http.Request.Query["id"].Take(1000))
        {
            if (!Guid.TryParse(value, out var id))
            {
                var shown = value is null ? string.Empty : value.Length > 60 ? value[..60] + "…" : value;
                return Invalid("id", shown, $"'{shown}' is not a valid GUID.");
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return null;
    }
}
