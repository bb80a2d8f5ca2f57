namespace NmZaMe.Web.Api.Delivery.OpenApi;

/// <summary>Parameters shared by the content and media operations; names, locations and types follow Umbraco's contract.</summary>
public static class DeliveryParameters
{
    public static ApiParameter Id(string what) =>
        new("id", ParameterLocation.Path, ApiSchema.Uuid, $"Key (GUID) of the {what}.") { Required = true };

    public static ApiParameter Ids(string what) =>
        new("id", ParameterLocation.Query, ApiSchema.ArrayOf(ApiSchema.Uuid),
            $"Keys of the {what}s; repeat the parameter for each. Unknown keys are left out of the answer; duplicates are returned once.");

    public static ApiParameter Skip(string what) =>
        new("skip", ParameterLocation.Query, ApiSchema.NonNegativeInt32(0), $"How many of the found {what}s to pass over before the page starts.");

    public static ApiParameter Take(string what) =>
        new("take", ParameterLocation.Query, ApiSchema.NonNegativeInt32(10) with { MaximumIsMaxTake = true },
            $"Page size: how many of the found {what}s to return. Larger values are reduced to the configured maximum (NmZaMe:DeliveryApi:MaxTake).")
        {
            Deviation = "Umbraco accepts any page size; NmZaMe caps it at NmZaMe:DeliveryApi:MaxTake (default 100), because unbounded pages are a denial-of-service risk.",
        };

    public static ApiParameter Expand(string what) =>
        new("expand", ParameterLocation.Query, ApiSchema.String,
            $"Which picker and block properties of the {what} to output in full instead of as shallow references. Tree syntax: properties[$all], properties[a,b], nested properties[a[properties[x]]].")
        {
            Examples =
            [
                new("Nothing expanded", ""),
                new("Every property", "properties[$all]"),
                new("Two properties", "properties[contacts,logo]"),
                new("A property of an expanded item", "properties[lifeChallenges[properties[summary]]]"),
            ],
        };

    public static ApiParameter Fields(string what) =>
        new("fields", ParameterLocation.Query, ApiSchema.String,
            $"Limits which properties of the {what} are output (all by default). Same tree syntax as expand.")
        {
            Examples =
            [
                new("All properties", "properties[$all]"),
                new("Only the summary", "properties[summary]"),
                new("Summary and contacts", "properties[summary,contacts]"),
            ],
        };

    public static ApiParameter AcceptLanguage { get; } =
        new("Accept-Language", ParameterLocation.Header, ApiSchema.String,
            "Culture of the variant to return, e.g. sl-SI (the default) or en-US. Unknown cultures fall back to the default.")
        {
            Examples = [new("Default culture", ""), new("English", "en-US")],
        };

    public static ApiParameter AcceptSegment { get; } =
        new("Accept-Segment", ParameterLocation.Header, ApiSchema.String,
            "Segment variant to return. Accepted for compatibility; NmZaMe content has no segment variants.");

    public static ApiParameter Preview { get; } =
        new("Preview", ParameterLocation.Header, ApiSchema.Boolean,
            "true asks for draft instead of published content, as in Umbraco; it needs a valid Api-Key.");

    public static ApiParameter StartItem { get; } =
        new("Start-Item", ParameterLocation.Header, ApiSchema.String,
            "Root item (URL segment or GUID) that paths are resolved under and that an unspecified fetch starts from. An unknown root gives 404.");

    public static IReadOnlyList<ApiParameter> ContentHeaders { get; } = [AcceptLanguage, AcceptSegment, Preview, StartItem];
}
