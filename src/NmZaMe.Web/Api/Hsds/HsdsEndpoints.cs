using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search;
using NmZaMe.Web.Api.Delivery;

namespace NmZaMe.Web.Api.Hsds;

/// <summary>
/// The HSDS 3.0 API (Open Referral's Human Services Data Specification) over the published catalogue. Every answer is
/// read from one published snapshot; the mapping is the Slovenian profile in docs/hsds-profile.md.
/// </summary>
public static class HsdsEndpoints
{
    public static RouteGroupBuilder MapHsdsEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", Root).WithName("hsds-root").WithMetadata(HsdsOperations.Root);
        group.MapGet("/services", Services).WithName("hsds-services").WithMetadata(HsdsOperations.Services);
        group.MapGet("/services/{id:guid}", Service).WithName("hsds-service").WithMetadata(HsdsOperations.Service);
        group.MapGet("/organizations", Organizations).WithName("hsds-organizations").WithMetadata(HsdsOperations.Organizations);
        group.MapGet("/organizations/{id:guid}", Organization).WithName("hsds-organization").WithMetadata(HsdsOperations.Organization);
        group.MapGet("/taxonomies", Taxonomies).WithName("hsds-taxonomies").WithMetadata(HsdsOperations.Taxonomies);
        group.MapGet("/taxonomies/{id:guid}", Taxonomy).WithName("hsds-taxonomy").WithMetadata(HsdsOperations.Taxonomy);
        group.MapGet("/taxonomy_terms", Terms).WithName("hsds-taxonomy-terms").WithMetadata(HsdsOperations.Terms);
        group.MapGet("/taxonomy_terms/{id:guid}", Term).WithName("hsds-taxonomy-term").WithMetadata(HsdsOperations.Term);
        group.MapGet("/service_at_locations", ServiceAtLocations).WithName("hsds-service-at-locations").WithMetadata(HsdsOperations.ServiceAtLocations);
        group.MapGet("/service_at_locations/{id:guid}", ServiceAtLocation).WithName("hsds-service-at-location").WithMetadata(HsdsOperations.ServiceAtLocation);
        group.MapGet("/locations/{id:guid}", Location).WithName("hsds-location").WithMetadata(HsdsOperations.Location);
        return group;
    }

    private static IResult Root(HttpContext http)
    {
        var baseUrl = HsdsSetup.BaseUrl(http.Request);
        return Json(new JsonObject
        {
            ["version"] = "3.0",
            ["profile"] = baseUrl + HsdsSetup.ProfilePath,
            ["openapi_url"] = baseUrl + HsdsSetup.OpenApiPath,
        });
    }

    private static IResult Services(HttpContext http, ISnapshotSource snapshots, ISearchService search, IOptions<HsdsOptions> options) =>
        Run(http, snapshots, options, (context, query) => Json(query.Paged(MatchingServices(context, query, search), s => HsdsServiceJson.Service(context, s, query.Full))));

    private static IResult Service(Guid id, HttpContext http, ISnapshotSource snapshots, IOptions<HsdsOptions> options) =>
        Run(http, snapshots, options, (context, _) => context.Get(id, "service") is { } service ? Json(HsdsServiceJson.Service(context, service, full: true)) : NotFound());

    private static IResult Organizations(HttpContext http, ISnapshotSource snapshots, ISearchService search, IOptions<HsdsOptions> options) =>
        Run(http, snapshots, options, (context, query) =>
        {
            IReadOnlyList<PublishedContent> matches = query.Search is { } text
                ? Ranked(context, search, text, "organisation")
                : context.Organisations;
            return Json(query.Paged(matches, o => HsdsOrganizationJson.Organization(context, o, query.Full || query.FullService, query.FullService)));
        });

    private static IResult Organization(Guid id, HttpContext http, ISnapshotSource snapshots, IOptions<HsdsOptions> options) =>
        Run(http, snapshots, options, (context, query) => context.Get(id, "organisation") is { } organisation
            ? Json(HsdsOrganizationJson.Organization(context, organisation, full: true, query.FullService))
            : NotFound());

    private static IResult Taxonomies(HttpContext http, ISnapshotSource snapshots, IOptions<HsdsOptions> options) =>
        Run(http, snapshots, options, (context, query) => Json(query.Paged(
            HsdsTaxonomies.All.Where(t => Contains(HsdsTaxonomies.Name(context, t), query.Search)).ToArray(),
            t => HsdsTaxonomyJson.Taxonomy(context, t))));

    private static IResult Taxonomy(Guid id, HttpContext http, ISnapshotSource snapshots, IOptions<HsdsOptions> options) =>
        Run(http, snapshots, options, (context, _) => HsdsTaxonomies.All.FirstOrDefault(t => t.Id == id) is { } taxonomy
            ? Json(HsdsTaxonomyJson.Taxonomy(context, taxonomy))
            : NotFound());

    private static IResult Terms(HttpContext http, ISnapshotSource snapshots, IOptions<HsdsOptions> options) =>
        Run(http, snapshots, options, (context, query) => Json(query.Paged(
            HsdsTaxonomies.Terms(context)
                .Where(t => query.TaxonomyId is not { } taxonomy || t.Taxonomy.Id == taxonomy)
                .Where(t => query.ParentId is not { } parent || t.ParentId == parent)
                .Where(t => !query.TopOnly || t.ParentId is null)
                .Where(t => Contains(t.Name, query.Search) || Contains(t.Code, query.Search))
                .ToArray(),
            t => HsdsTaxonomyJson.Term(context, t))));

    private static IResult Term(Guid id, HttpContext http, ISnapshotSource snapshots, IOptions<HsdsOptions> options) =>
        Run(http, snapshots, options, (context, _) => HsdsTaxonomies.Terms(context).FirstOrDefault(t => t.Id == id) is { } term
            ? Json(HsdsTaxonomyJson.Term(context, term))
            : NotFound());

    private static IResult ServiceAtLocations(HttpContext http, ISnapshotSource snapshots, ISearchService search, IOptions<HsdsOptions> options) =>
        Run(http, snapshots, options, (context, query) => Json(query.Paged(
            MatchingServices(context, query, search).SelectMany(s => HsdsLocationJson.PlacesOf(context, s)).ToArray(),
            p => HsdsLocationJson.ServiceAtLocation(context, p, query.Full))));

    private static IResult ServiceAtLocation(Guid id, HttpContext http, ISnapshotSource snapshots, IOptions<HsdsOptions> options) =>
        Run(http, snapshots, options, (context, _) => context.Services.SelectMany(s => HsdsLocationJson.PlacesOf(context, s))
                .FirstOrDefault(p => HsdsLocationJson.ServiceAtLocationId(p) == id) is { } place
            ? Json(HsdsLocationJson.ServiceAtLocation(context, place, full: true))
            : NotFound());

    private static IResult Location(Guid id, HttpContext http, ISnapshotSource snapshots, IOptions<HsdsOptions> options) =>
        Run(http, snapshots, options, (context, _) => context.Services.SelectMany(s => HsdsLocationJson.PlacesOf(context, s))
                .Concat(context.Organisations.Select(o => HsdsLocationJson.PlaceOf(context, o)).OfType<HsdsPlace>())
                .FirstOrDefault(p => p.Id == id) is { } place
            ? Json(HsdsLocationJson.Location(context, place))
            : NotFound());

    /// <summary>
    /// The filters of /services and /service_at_locations, cumulative as HSDS requires. With <c>search</c> the order is
    /// the search engine's relevance (the site's own search), otherwise by name.
    /// </summary>
    private static PublishedContent[] MatchingServices(HsdsContext context, HsdsQuery query, ISearchService search)
    {
        IEnumerable<PublishedContent> services = query.Search is { } text ? Ranked(context, search, text, "service") : context.Services;
        if (query.OrganizationId is { } organisation)
        {
            services = services.Where(s => s.ParentKey == organisation);
        }

        if (query.TaxonomyTermId is { } term)
        {
            services = services.Where(s => HsdsTaxonomies.Of(context, s).Any(t => t.Id == term));
        }

        if (query.TaxonomyId is { } taxonomy)
        {
            services = services.Where(s => HsdsTaxonomies.Of(context, s).Any(t => t.Taxonomy.Id == taxonomy));
        }

        if (query.ModifiedAfter is { } since)
        {
            services = services.Where(s => HsdsContext.LastModified(s) >= since);
        }

        return services.ToArray();
    }

    private static PublishedContent[] Ranked(HsdsContext context, ISearchService search, string text, string alias) =>
        search.RankedKeys(text, context.Language.Culture).Select(k => context.Get(k, alias)).OfType<PublishedContent>().Distinct().ToArray();

    private static bool Contains(string value, string? search) => search is null || value.Contains(search, StringComparison.OrdinalIgnoreCase);

    /// <summary>The steps every endpoint shares: a loaded snapshot, valid parameters, the language of the answer.</summary>
    private static IResult Run(HttpContext http, ISnapshotSource snapshots, IOptions<HsdsOptions> options, Func<HsdsContext, HsdsQuery, IResult> answer)
    {
        http.Response.Headers.Vary = "Accept-Language";
        if (!snapshots.IsLoaded)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Starting", detail: "The content cache is still loading; try again in a moment.");
        }

        if (HsdsQuery.TryParse(http.Request, options.Value.MaxPerPage, out var query) is { } refused)
        {
            return refused;
        }

        http.Response.Headers.ContentLanguage = query.Language.Segment;
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return answer(new HsdsContext(snapshots.Current, query.Language, HsdsSetup.BaseUrl(http.Request), now), query);
    }

    private static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No published record has this id.");

    private static IResult Json(JsonNode node) => new JsonWriterResult(writer => node.WriteTo(writer));
}
