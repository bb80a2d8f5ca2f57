using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Delivery;

/// <summary>What applies to one Delivery API request: the snapshot it reads, its culture and start item.</summary>
public sealed record DeliveryRequest(PublishedSnapshot Snapshot, string Culture, PublishedContent? StartItem)
{
    /// <summary>
    /// In preview (where <see cref="Snapshot"/> holds drafts), the published snapshot: an item it cannot route in a
    /// culture (never published, or below an unpublished parent) has Umbraco's preview route path there,
    /// <c>/preview-{id}/</c> (<c>ContentRouteBuilderTests.CanRouteUnpublishedChild</c>). Null outside preview.
    /// </summary>
    public PublishedSnapshot? Published { get; init; }

    /// <summary>The request's time (UTC), for what ends by itself: a service alert past its end date is written as null.</summary>
    public DateTime Now { get; init; } = DateTime.UtcNow;

    /// <summary>The item's route path in a culture as this request shows it, or null when it has none.</summary>
    public string? RoutePath(PublishedContent content, string culture) =>
        Snapshot.Route(content, culture) is not { } path ? null
        : Published is { } published && (published.Get(content.Key) is not { } live || !published.IsRoutable(live, culture)) ? $"/preview-{content.Key:D}/"
        : path;

    /// <summary>The culture from <c>Accept-Language</c> when it names a configured language, else the default.</summary>
    public static string ResolveCulture(PublishedSnapshot snapshot, string? acceptLanguage)
    {
        if (!string.IsNullOrWhiteSpace(acceptLanguage))
        {
            foreach (var part in acceptLanguage.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(10))
            {
                var tag = part.Split(';')[0].Trim();
                if (snapshot.Schema.NormaliseCulture(tag) is { } exact)
                {
                    return exact;
                }

                var prefix = snapshot.Schema.Languages.FirstOrDefault(l => l.IsoCode.StartsWith(tag + "-", StringComparison.OrdinalIgnoreCase));
                if (tag.Length == 2 && prefix is not null)
                {
                    return prefix.IsoCode;
                }
            }
        }

        return snapshot.Schema.DefaultCulture;
    }

    /// <summary>A root item by key or URL segment (any culture), as Umbraco's Start-Item header is matched.</summary>
    public static PublishedContent? ResolveStartItem(PublishedSnapshot snapshot, string value)
    {
        var trimmed = value.Trim().Trim('/');
        return Guid.TryParse(trimmed, out var key)
            ? snapshot.Roots.FirstOrDefault(r => r.Key == key)
            : snapshot.Roots.FirstOrDefault(r => r.Cultures.Values.Any(c => string.Equals(c.UrlSegment, trimmed, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>An item by id or route path (relative to the start item, or the first root that has it).</summary>
    public PublishedContent? Resolve(string idOrPath)
    {
        if (Guid.TryParse(idOrPath, out var key))
        {
            return Snapshot.Get(key) is { } item && Snapshot.IsRoutable(item, Culture) ? item : null;
        }

        var path = "/" + idOrPath.Trim().Trim('/');
        path = path == "/" ? "/" : path + "/";
        var roots = StartItem is not null ? [StartItem] : Snapshot.Roots;
        foreach (var root in roots)
        {
            if (Snapshot.FindByRoute(root.Key, Culture, path) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
