using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using NmZaMe.Cms.Media;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Api.Delivery;

/// <summary>
/// File id → media item, built once per published snapshot, so serving a file reads memory only, and a deleted item's
/// file stops being served the moment the snapshot without it is swapped in.
/// </summary>
public sealed class MediaFileIndex
{
    private readonly ConditionalWeakTable<PublishedSnapshot, FrozenDictionary<string, PublishedContent>> _bySnapshot = new();

    public PublishedContent? Find(PublishedSnapshot snapshot, string id) =>
        _bySnapshot.GetValue(snapshot, Build).GetValueOrDefault(id);

    private static FrozenDictionary<string, PublishedContent> Build(PublishedSnapshot snapshot)
    {
        var byId = new Dictionary<string, PublishedContent>(StringComparer.Ordinal);
        foreach (var media in snapshot.Media.Values)
        {
            if (MediaItems.StoredFile(snapshot.MediaUrl(media.Key)) is { } file)
            {
                byId.TryAdd(file.Id, media);
            }
        }

        return byId.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
