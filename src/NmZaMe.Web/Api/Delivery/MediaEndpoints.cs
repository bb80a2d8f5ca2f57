using NmZaMe.Cms.Delivery;
using NmZaMe.Cms.Delivery.Sorts;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Api.Delivery.OpenApi;

namespace NmZaMe.Web.Api.Delivery;

/// <summary>Content Delivery API v2 media endpoints (in-memory, like Umbraco's ApiMediaQueryService).</summary>
public static class MediaEndpoints
{
    public static RouteGroupBuilder MapDeliveryMedia(this RouteGroupBuilder group)
    {
        group.MapGet("/media", Query).WithName("GetMedia2.0").WithTags("Media").WithMetadata(MediaOperations.Query);
        group.MapGet("/media/item/{id:guid}", ById).WithName("GetMediaItemById2.0").WithTags("Media").WithMetadata(MediaOperations.ById);
        group.MapGet("/media/item/{*path}", ByPath).WithName("GetMediaItemByPath2.0").WithTags("Media").WithMetadata(MediaOperations.ByPath);
        group.MapGet("/media/items", Items).WithName("GetMediaItems2.0").WithTags("Media").WithMetadata(MediaOperations.Items);
        return group;
    }

    private static async Task<IResult> Query(HttpContext http, ISnapshotSource snapshots, DeliveryAccess access)
    {
        var (request, refused) = await DeliveryContext.CreateAsync(http, snapshots, access, media: true);
        if (request is null)
        {
            return refused!;
        }

        var snapshot = request.Snapshot;
        var fetch = http.Request.Query["fetch"].ToString();
        if (!fetch.StartsWith("children:", StringComparison.OrdinalIgnoreCase))
        {
            return DeliveryContext.Problem(DeliveryProblem.SelectorNotFound);
        }

        var target = fetch["children:".Length..].Trim();
        IEnumerable<PublishedContent> items = target is "/" or ""
            ? snapshot.MediaRoots
            : (Guid.TryParse(target, out var key) ? snapshot.Media.GetValueOrDefault(key) : ByNamePath(snapshot, target)) is { } parent
                ? snapshot.MediaChildrenOf(parent.Key)
                : [];

        foreach (var filter in http.Request.Query["filter"].Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            var colon = filter!.IndexOf(':');
            var option = colon > 0 ? filter[..colon] : string.Empty;
            var value = colon > 0 ? filter[(colon + 1)..] : string.Empty;
            items = option switch
            {
                "mediaType" => items.Where(i => i.ContentType.Alias == value),
                "name" => items.Where(i => (i.Name(string.Empty) ?? string.Empty).Contains(value, StringComparison.OrdinalIgnoreCase)),
                _ => null!,
            };
            if (items is null)
            {
                return DeliveryContext.Problem(DeliveryProblem.FilterNotFound);
            }
        }

        if (QueryParser.TryParseSorts(http.Request.Query["sort"].ToArray(), out var sorts) is { } sortProblem || sorts.Any(s => s.Field is SortField.Level or SortField.Path))
        {
            return DeliveryContext.Problem(DeliveryProblem.SortNotFound);
        }

        // As in Umbraco's media query, each sort re-orders, so the last one wins. Media does not vary: culture "".
        var sortContext = new SortContext(snapshot, string.Empty);
        foreach (var sort in sorts)
        {
            items = sort.Apply(items, null, sortContext);
        }

        if (DeliveryContext.TryPaging(http, access.MaxTake, out var skip, out var take) is { } pagingProblem)
        {
            return pagingProblem;
        }

        var list = items.ToList();
        var page = list.Skip(skip).Take(take).ToList();
        var expand = ExpansionParser.Parse(http.Request.Query["expand"].ToString());
        var fields = ExpansionParser.Parse(http.Request.Query["fields"].ToString());
        return new JsonWriterResult(w =>
        {
            var writer = new DeliveryJsonWriter(request);
            w.WriteStartObject();
            w.WriteNumber("total", list.Count);
            w.WriteStartArray("items");
            foreach (var item in page)
            {
                writer.WriteMediaItem(w, item, expand, fields);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static Task<IResult> ById(Guid id, HttpContext http, ISnapshotSource snapshots, DeliveryAccess access) =>
        Item(http, snapshots, access, s => s.Media.GetValueOrDefault(id));

    private static Task<IResult> ByPath(string? path, HttpContext http, ISnapshotSource snapshots, DeliveryAccess access) =>
        Item(http, snapshots, access, s => ByNamePath(s, path ?? string.Empty));

    private static async Task<IResult> Item(HttpContext http, ISnapshotSource snapshots, DeliveryAccess access, Func<PublishedSnapshot, PublishedContent?> find)
    {
        var (request, refused) = await DeliveryContext.CreateAsync(http, snapshots, access, media: true);
        if (request is null)
        {
            return refused!;
        }

        if (find(request.Snapshot) is not { } item)
        {
            return DeliveryContext.NotFound();
        }

        var expand = ExpansionParser.Parse(http.Request.Query["expand"].ToString());
        var fields = ExpansionParser.Parse(http.Request.Query["fields"].ToString());
        return new JsonWriterResult(w => new DeliveryJsonWriter(request).WriteMediaItem(w, item, expand, fields));
    }

    private static async Task<IResult> Items(HttpContext http, ISnapshotSource snapshots, DeliveryAccess access)
    {
        var (request, refused) = await DeliveryContext.CreateAsync(http, snapshots, access, media: true);
        if (request is null)
        {
            return refused!;
        }

        if (DeliveryContext.TryReadIds(http, out var ids) is { } invalid)
        {
            return invalid;
        }

        var items = ids.Select(id => request.Snapshot.Media.GetValueOrDefault(id)).OfType<PublishedContent>().ToList();
        return new JsonWriterResult(w =>
        {
            var writer = new DeliveryJsonWriter(request);
            w.WriteStartArray();
            foreach (var item in items)
            {
                writer.WriteMediaItem(w, item, null, null);
            }

            w.WriteEndArray();
        });
    }

    /// <summary>Media by folder and item names separated by '/', case-insensitive, as Umbraco resolves media paths.</summary>
    private static PublishedContent? ByNamePath(PublishedSnapshot snapshot, string path)
    {
        PublishedContent? current = null;
        foreach (var name in Uri.UnescapeDataString(path).Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(50))
        {
            var siblings = current is null ? snapshot.MediaRoots : snapshot.MediaChildrenOf(current.Key);
            current = siblings.FirstOrDefault(s => string.Equals(s.Name(string.Empty), name, StringComparison.OrdinalIgnoreCase));
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }
}
