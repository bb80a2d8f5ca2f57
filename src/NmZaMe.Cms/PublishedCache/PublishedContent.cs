using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>Name and URL segment of an item in one culture ("" for invariant items).</summary>
public sealed record PublishedCulture(string Culture, string Name, string UrlSegment, DateTime UpdateDate);

/// <summary>
/// A published document or media item. Holds only what belongs to the item itself; its place in the tree
/// (children, routes) lives in <see cref="PublishedSnapshot"/>, so unchanged items are reused across snapshots.
/// </summary>
public sealed class PublishedContent(
    int id,
    Guid key,
    Guid? parentKey,
    int level,
    int sortOrder,
    ContentType contentType,
    DateTime createDate,
    DateTime updateDate,
    IReadOnlyDictionary<string, PublishedCulture> cultures,
    PropertyMap properties)
    : PublishedElement(key, contentType, properties)
{
    public int Id { get; } = id;

    public Guid? ParentKey { get; } = parentKey;

    public int Level { get; } = level;

    public int SortOrder { get; } = sortOrder;

    public DateTime CreateDate { get; } = createDate;

    public DateTime UpdateDate { get; } = updateDate;

    public ContentKind Kind => ContentType.Kind;

    public bool VariesByCulture => ContentType.VariesByCulture;

    /// <summary>Published cultures; an invariant item has the single key "".</summary>
    public IReadOnlyDictionary<string, PublishedCulture> Cultures { get; } = cultures;

    public PublishedCulture? Culture(string culture) =>
        Cultures.GetValueOrDefault(VariesByCulture ? culture : string.Empty);

    public bool IsPublishedIn(string culture) => Culture(culture) is not null;

    public string? Name(string culture) => Culture(culture)?.Name;

    /// <summary>A hash of the stored row this item was built from, so derived state (the search index) can tell it is current.</summary>
    internal ulong SourceHash { get; init; }
}
