using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>Sanitised rich text; its plain text is derived when asked for (indexing, snippets), not kept in memory.</summary>
public sealed record RichTextValue(string Markup)
{
    public string PlainText => Editors.HtmlSanitizer.ToPlainText(Markup);
}

public sealed record MediaPickerEntry(Guid Key, Guid MediaKey, string? FocalPointJson, string? CropsJson);

public sealed record LinkValue(string? Name, string? Url, string? QueryString, string? Target, string Type, Guid? Unique);

public sealed record BlockItem(PublishedElement Content, PublishedElement? Settings);

public sealed record BlockListValue(IReadOnlyList<BlockItem> Items);

public sealed record PickedItems(IReadOnlyList<Guid> Keys, ContentKind Kind);
