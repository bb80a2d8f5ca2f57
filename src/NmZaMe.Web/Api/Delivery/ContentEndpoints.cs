using NmZaMe.Cms.Delivery;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Redirects;
using NmZaMe.Cms.Search;
using NmZaMe.Web.Api.Delivery.OpenApi;

namespace NmZaMe.Web.Api.Delivery;

/// <summary>Content Delivery API v2 content endpoints, wire-compatible with Umbraco 17.</summary>
public static class ContentEndpoints
{
    public static RouteGroupBuilder MapDeliveryContent(this RouteGroupBuilder group)
    {
        group.MapGet("/content", Query).WithName("GetContent2.0").WithTags("Content").WithMetadata(ContentOperations.Query);
        group.MapGet("/content/item/{id:guid}", ById).WithName("GetContentItemById2.0").WithTags("Content").WithMetadata(ContentOperations.ById);
        group.MapGet("/content/item/{*path}", ByPath).WithName("GetContentItemByPath2.0").WithTags("Content").WithMetadata(ContentOperations.ByPath);
        group.MapGet("/content/items", Items).WithName("GetContentItems2.0").WithTags("Content").WithMetadata(ContentOperations.Items);
        return group;
    }

    /// <summary>A free-text query of the Delivery API counts for the office like one on the site (anonymously).</summary>
    private static IReadOnlyList<Guid> Recorded(IReadOnlyList<Guid> keys, string text, string culture, NmZaMe.Cms.PublishedCache.PublishedSnapshot snapshot, NmZaMe.Cms.Insights.SearchLog log)
    {
        log.Record(text, culture, keys.Count, NmZaMe.Cms.Insights.SearchLog.LifeChallengeOf(keys.Count > 0 ? snapshot.Get(keys[0]) : null), NmZaMe.Cms.Persistence.SearchSource.DeliveryApi);
        return keys;
    }

    private static async Task<IResult> Query(HttpContext http, ISnapshotSource snapshots, DeliveryAccess access, ISearchService search)
    {
        var (request, refused) = await DeliveryContext.CreateAsync(http, snapshots, access, media: false);
        if (request is null)
        {
            return refused!;
        }

        var q = http.Request.Query;
        if (QueryParser.TryParseSelector(q["fetch"].ToString(), out var selector) is { } p1)
        {
            return DeliveryContext.Problem(p1);
        }

        var culture = request.Culture;
        var log = http.RequestServices.GetRequiredService<NmZaMe.Cms.Insights.SearchLog>();
        if (QueryParser.TryParseFilters(q["filter"].ToArray(), text => Recorded(search.RankedKeys(text, culture), text, culture, request.Snapshot, log), out var filters, out var relevance) is { } p2)
        {
            return DeliveryContext.Problem(p2);
        }

        if (QueryParser.TryParseSorts(q["sort"].ToArray(), out var sorts) is { } p3)
        {
            return DeliveryContext.Problem(p3);
        }

        if (DeliveryContext.TryPaging(http, access.MaxTake, out var skip, out var take) is { } p4)
        {
            return p4;
        }

        var (total, items) = ContentQueryRunner.Run(request, new ContentQuery(selector, filters, sorts, skip, take, relevance));
        var expand = ExpansionParser.Parse(q["expand"].ToString());
        var fields = ExpansionParser.Parse(q["fields"].ToString());
        return new JsonWriterResult(w => new DeliveryJsonWriter(request).WritePaged(w, total, items, expand, fields));
    }

    private static Task<IResult> ById(Guid id, HttpContext http, ISnapshotSource snapshots, DeliveryAccess access) =>
        Item(http, snapshots, access, id.ToString());

    private static Task<IResult> ByPath(string? path, HttpContext http, ISnapshotSource snapshots, DeliveryAccess access)
    {
        // Umbraco's workaround for clients that encode '/' in the path.
        var decoded = (path ?? string.Empty).Contains("%2F", StringComparison.OrdinalIgnoreCase) ? Uri.UnescapeDataString(path!) : path ?? string.Empty;
        return Item(http, snapshots, access, decoded.Length > 2000 ? "/" + Guid.Empty : decoded);
    }

    private static async Task<IResult> Item(HttpContext http, ISnapshotSource snapshots, DeliveryAccess access, string idOrPath)
    {
        var (request, refused) = await DeliveryContext.CreateAsync(http, snapshots, access, media: false);
        if (request is null)
        {
            return refused!;
        }

        // Umbraco's route path of an item in preview that has no published route: item/preview-{id}.
        var trimmed = idOrPath.Trim('/');
        if (access.IsPreview(http) && trimmed.StartsWith("preview-", StringComparison.OrdinalIgnoreCase) && Guid.TryParse(trimmed["preview-".Length..], out var previewId))
        {
            idOrPath = previewId.ToString();
        }

        var byId = Guid.TryParse(idOrPath, out _);
        var item = byId ? request.Resolve(idOrPath) : request.Resolve("/" + idOrPath.Trim('/'));
        if (item is null && !byId && !access.IsPreview(http) && Redirect(http, request, idOrPath) is { } redirect)
        {
            return redirect;
        }

        if (item is null)
        {
            return DeliveryContext.NotFound();
        }

        var expand = ExpansionParser.Parse(http.Request.Query["expand"].ToString());
        var fields = ExpansionParser.Parse(http.Request.Query["fields"].ToString());
        return new JsonWriterResult(w => new DeliveryJsonWriter(request).WriteContentItem(w, item, expand, fields));
    }

    /// <summary>Umbraco's answer for an old route (Redirect URL Management): 301 to the item's route path, with its start item in headers.</summary>
    private static IResult? Redirect(HttpContext http, DeliveryRequest request, string path)
    {
        var trimmed = path.Trim().Trim('/');
        var route = trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
        var table = http.RequestServices.GetRequiredService<RedirectTracker>().Table;
        foreach (var root in request.StartItem is { } start ? [start] : request.Snapshot.Roots)
        {
            if (table.Resolve(request.Snapshot, root.Key, request.Culture, route) is { } target && request.Snapshot.Route(target, request.Culture) is { } current)
            {
                http.Response.Headers["Location-Start-Item-Path"] = root.Culture(request.Culture)?.UrlSegment ?? root.Cultures.Values.First().UrlSegment;
                http.Response.Headers["Location-Start-Item-Id"] = root.Key.ToString();
                return Results.Redirect(current, permanent: true);
            }
        }

        return null;
    }

    private static async Task<IResult> Items(HttpContext http, ISnapshotSource snapshots, DeliveryAccess access)
    {
        var (request, refused) = await DeliveryContext.CreateAsync(http, snapshots, access, media: false);
        if (request is null)
        {
            return refused!;
        }

        if (DeliveryContext.TryReadIds(http, out var ids) is { } invalid)
        {
            return invalid;
        }

        var items = ids.Select(id => request.Resolve(id.ToString())).OfType<PublishedContent>().ToList();
        var expand = ExpansionParser.Parse(http.Request.Query["expand"].ToString());
        var fields = ExpansionParser.Parse(http.Request.Query["fields"].ToString());
        return new JsonWriterResult(w =>
        {
            var writer = new DeliveryJsonWriter(request);
            w.WriteStartArray();
            foreach (var item in items)
            {
                writer.WriteContentItem(w, item, expand, fields);
            }

            w.WriteEndArray();
        });
    }
}
