namespace NmZaMe.Web.Api.Hsds;

/// <summary>
/// OpenAPI description of one HSDS endpoint, attached with <c>WithMetadata</c>; the path and operationId come from the
/// endpoint itself. <see cref="Schema"/> is the HSDS schema file of the answer (of each item when <see cref="Paged"/>).
/// </summary>
public sealed record HsdsOperation(string Summary, string Schema, bool Paged, params string[] Parameters)
{
    public bool HasId => Parameters.Contains("id");
}

/// <summary>The endpoints' descriptions and parameters, as in HSDS 3.0's openapi.json, minus what this API refuses.</summary>
public static class HsdsOperations
{
    private const string Upstream = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

    public static readonly HsdsOperation Root = new("Which HSDS version and profile this API follows, and where its OpenAPI document is.", "", false);

    public static readonly HsdsOperation Services = new("Published services, paged; filters are cumulative.", Upstream + "compiled/service_list.json", true,
        "search", "page", "per_page", "format", "taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after", "full", "lang");

    public static readonly HsdsOperation Service = new("One service, fully nested.", Upstream + "compiled/service.json", false, "id", "lang");

    public static readonly HsdsOperation Organizations = new("Published organisations, paged.", Upstream + "compiled/organization_list.json", true,
        "search", "full_service", "full", "page", "per_page", "format", "lang");

    public static readonly HsdsOperation Organization = new("One organisation with its services (fully nested with full_service=true).", Upstream + "compiled/organization.json", false,
        "id", "full_service", "lang");

    public static readonly HsdsOperation Taxonomies = new("The taxonomies of the profile, paged.", Upstream + "taxonomy.json", true, "search", "page", "per_page", "format", "lang");

    public static readonly HsdsOperation Taxonomy = new("One taxonomy.", Upstream + "taxonomy.json", false, "id", "lang");

    public static readonly HsdsOperation Terms = new("Taxonomy terms in use, paged.", Upstream + "taxonomy_term.json", true,
        "search", "page", "per_page", "format", "taxonomy_id", "top_only", "parent_id", "lang");

    public static readonly HsdsOperation Term = new("One taxonomy term.", Upstream + "taxonomy_term.json", false, "id", "lang");

    public static readonly HsdsOperation ServiceAtLocations = new("Services at their published locations, paged (confidential locations never appear).",
        Upstream + "compiled/service_at_location_list.json", true,
        "search", "taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after", "full", "page", "per_page", "format", "lang");

    public static readonly HsdsOperation ServiceAtLocation = new("One service at one location, fully nested.", Upstream + "compiled/service_at_location.json", false, "id", "lang");

    public static readonly HsdsOperation Location = new("One published location.", Upstream + "location.json", false, "id", "lang");
}
