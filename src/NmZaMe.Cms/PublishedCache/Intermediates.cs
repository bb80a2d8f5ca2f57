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

/// <param name="ExposedIn">
/// The cultures the block is exposed in (Umbraco's <c>expose</c>, aligned to the element's variance as Umbraco's
/// <c>BlockEditorVarianceHandler.AlignedExposeVarianceAsync</c> does); "" when it is exposed invariantly.
/// </param>
public sealed record BlockItem(PublishedElement Content, PublishedElement? Settings, IReadOnlyList<string> ExposedIn)
{
    /// <summary>Whether the block is shown in <paramref name="culture"/> (Umbraco hides blocks not exposed in the requested culture).</summary>
    public bool IsExposedIn(string culture)
    {
        foreach (var exposed in ExposedIn)
        {
            if (exposed.Length == 0 || string.Equals(exposed, culture, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A block list's items in layout order, exposed or not; readers pick the ones exposed in their culture.</summary>
public sealed record BlockListValue(IReadOnlyList<BlockItem> Items)
{
    public IEnumerable<BlockItem> ExposedIn(string culture) => Items.Where(i => i.IsExposedIn(culture));
}

public sealed record PickedItems(IReadOnlyList<Guid> Keys, ContentKind Kind);
