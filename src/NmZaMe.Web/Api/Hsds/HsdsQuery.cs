using System.Globalization;
using System.Text.Json.Nodes;
using NmZaMe.Web.Site;

namespace NmZaMe.Web.Api.Hsds;

/// <summary>The standard HSDS query parameters of one request, read strictly: a value that does not parse is a 400, never ignored.</summary>
public sealed record HsdsQuery
{
    public const int DefaultPerPage = 50;

    public int Page { get; init; } = 1;

    public int PerPage { get; init; } = DefaultPerPage;

    public string? Search { get; init; }

    public Guid? TaxonomyTermId { get; init; }

    public Guid? TaxonomyId { get; init; }

    public Guid? OrganizationId { get; init; }

    public Guid? ParentId { get; init; }

    public DateTime? ModifiedAfter { get; init; }

    public bool Full { get; init; }

    public bool FullService { get; init; }

    public bool TopOnly { get; init; }

    public SiteLanguage Language { get; init; } = SiteLanguage.Slovenian;

    /// <summary>Standard parameters this API does not serve: answering them unfiltered would mislead, so they are refused.</summary>
    private static readonly string[] Unsupported = ["minimal", "postcode", "proximity"];

    public static IResult? TryParse(HttpRequest request, int maxPerPage, out HsdsQuery query)
    {
        query = new HsdsQuery();
        var errors = new Dictionary<string, string[]>();
        var q = request.Query;
        var page = Integer(q, "page", 1, int.MaxValue, errors);
        var perPage = Integer(q, "per_page", 1, int.MaxValue, errors);
        var language = q["lang"].ToString() is { Length: > 0 } lang ? SiteLanguage.FromSegment(lang) : SiteLanguage.Preferred(request.GetTypedHeaders().AcceptLanguage);
        if (language is null)
        {
            errors["lang"] = ["'lang' must be sl or en."];
        }

        if (q["format"].ToString() is { Length: > 0 } format && format != "json")
        {
            errors["format"] = ["Only format=json is served."];
        }

        foreach (var name in Unsupported.Where(q.ContainsKey))
        {
            errors[name] = [$"'{name}' is not supported by this API (see the profile)."];
        }

        DateTime? modifiedAfter = null;
        if (q["modified_after"].ToString() is { Length: > 0 } since)
        {
            // RFC 3339 needs a zone: a time without one would mean different instants on different servers.
            if (DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) && HasZone(since))
            {
                modifiedAfter = instant.UtcDateTime;
            }
            else
            {
                errors["modified_after"] = ["'modified_after' must be an RFC 3339 date-time with a zone, e.g. 2026-01-31T08:00:00Z."];
            }
        }

        query = new HsdsQuery
        {
            Page = page ?? 1,
            PerPage = Math.Min(perPage ?? DefaultPerPage, maxPerPage),
            Search = q["search"].ToString().Trim() is { Length: > 0 } text ? text : null,
            TaxonomyTermId = Id(q, "taxonomy_term_id", errors),
            TaxonomyId = Id(q, "taxonomy_id", errors),
            OrganizationId = Id(q, "organization_id", errors),
            ParentId = Id(q, "parent_id", errors),
            ModifiedAfter = modifiedAfter,
            Full = Flag(q, "full", errors),
            FullService = Flag(q, "full_service", errors),
            TopOnly = Flag(q, "top_only", errors),
            Language = language ?? SiteLanguage.Slovenian,
        };
        return errors.Count == 0 ? null : Results.ValidationProblem(errors, title: "One or more query parameters are not valid.");
    }

    /// <summary>The HSDS page envelope: all seven fields on every list, and a page past the end is empty with the true totals.</summary>
    public JsonObject Paged<T>(IReadOnlyList<T> matches, Func<T, JsonNode> write)
    {
        var contents = matches.Skip((int)Math.Min((long)(Page - 1) * PerPage, int.MaxValue)).Take(PerPage).Select(write).ToArray();
        var totalPages = (matches.Count + PerPage - 1) / PerPage;
        return new JsonObject
        {
            ["total_items"] = matches.Count,
            ["total_pages"] = totalPages,
            ["page_number"] = Page,
            ["size"] = contents.Length,
            ["first_page"] = Page == 1,
            ["last_page"] = Page >= totalPages,
            ["empty"] = contents.Length == 0,
            ["contents"] = new JsonArray(contents),
        };
    }

    private static bool HasZone(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');

    private static int? Integer(IQueryCollection q, string name, int min, int max, Dictionary<string, string[]> errors)
    {
        if (q[name].ToString() is not { Length: > 0 } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [$"'{name}' must be a whole number of {min} or more."];
        return null;
    }

    private static Guid? Id(IQueryCollection q, string name, Dictionary<string, string[]> errors)
    {
        if (q[name].ToString() is not { Length: > 0 } text)
        {
            return null;
        }

        if (Guid.TryParseExact(text, "D", out var id))
        {
            return id;
        }

        errors[name] = [$"'{name}' must be a UUID."];
        return null;
    }

    private static bool Flag(IQueryCollection q, string name, Dictionary<string, string[]> errors)
    {
        var text = q[name].ToString();
        if (text.Length == 0)
        {
            return false;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        errors[name] = [$"'{name}' must be true or false."];
        return false;
    }
}
