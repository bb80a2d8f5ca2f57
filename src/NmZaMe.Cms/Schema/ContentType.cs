using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Schema;

public sealed record ContentTypeTab(Guid Key, string Alias, string Caption, string Type, int SortOrder);

public sealed record ContentTypeReference(Guid Key, string Alias, int SortOrder);

/// <summary>A document, element or media type as defined in uSync (own properties only; compositions resolved by <see cref="ContentSchema"/>).</summary>
public sealed record ContentType(
    Guid Key,
    string Alias,
    string Name,
    string Icon,
    string? Description,
    bool AllowAtRoot,
    bool IsElement,
    Variations Variations,
    IReadOnlyList<ContentTypeReference> Compositions,
    IReadOnlyList<ContentTypeReference> AllowedChildren,
    IReadOnlyList<PropertyType> Properties,
    IReadOnlyList<ContentTypeTab> Tabs,
    string? Folder = null,
    ContentKind Kind = ContentKind.Document)
{
    public bool VariesByCulture => Variations.VariesByCulture();
}
