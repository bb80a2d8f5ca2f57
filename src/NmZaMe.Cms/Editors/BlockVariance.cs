using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Editors;

/// <summary>
/// Block-level variance when one culture is published or saved: the structure (layout, expose) is shared by all
/// cultures, the values of a culture are that culture's own.
/// </summary>
internal static class BlockVariance
{
    /// <summary>
    /// Umbraco's <c>BlockValuePropertyValueEditorBase.MergePartialPropertyValueForCulture</c>: the structure comes from
    /// <paramref name="source"/> (the draft), so do the values of <paramref name="culture"/> (null: the invariant values);
    /// the other cultures keep what <paramref name="target"/> (the published value) holds. Nested block lists merge the
    /// same way. Unlike Umbraco, a value the draft no longer has for the culture is removed rather than kept.
    /// </summary>
    public static string? MergeForCulture(string? source, string? target, string? culture, EditorContext context)
    {
        if (BlockData.TryParse(source) is not { } from)
        {
            return null;
        }

        var into = BlockData.TryParse(target) ?? new BlockData();
        var result = new BlockData();
        result.Layout.AddRange(from.Layout);
        result.Expose.AddRange(from.Expose);
        MergeItems(from.ContentData, into.ContentData, result.ContentData, culture, context);
        MergeItems(from.SettingsData, into.SettingsData, result.SettingsData, culture, context);
        return Canonical(result, context.Schema).Serialize();
    }

    private static void MergeItems(List<BlockItemData> source, List<BlockItemData> target, List<BlockItemData> result, string? culture, EditorContext context)
    {
        foreach (var item in source)
        {
            var existing = target.Find(t => t.Key == item.Key && t.ContentTypeKey == item.ContentTypeKey);
            var merged = new BlockItemData(item.ContentTypeKey, item.Key);
            foreach (var value in existing?.Values ?? [])
            {
                if (!SameCulture(value.Culture, culture) && Mergeable(item, value, context) is null)
                {
                    merged.Values.Add(value);
                }
            }

            foreach (var value in item.Values)
            {
                if (Mergeable(item, value, context) is { } editor)
                {
                    var published = existing?.Values.Find(v => v.Alias == value.Alias && v.Culture is null)?.Value;
                    var nested = editor.MergePartialValueForCulture(BlockListEditor.AsRaw(value.Value), BlockListEditor.AsRaw(published), culture, context);
                    merged.Values.Add(new BlockPropertyData(value.Alias, null, Node(nested), value.EditorAlias));
                }
                else if (SameCulture(value.Culture, culture))
                {
                    merged.Values.Add(value);
                }
            }

            merged.Values.RemoveAll(v => v.Value is null);
            result.Add(merged);
        }
    }

    /// <summary>
    /// A normalised value saved for some cultures, over the current draft: the cultures it was edited in are those it
    /// exposes blocks in (a one-culture editor sends that culture's values and expose entries only). The other cultures'
    /// values and expose entries are kept from <paramref name="current"/> for the blocks that are still there, so an
    /// editor saving sl-SI cannot wipe what was written in en-US, and the other way round.
    /// </summary>
    public static string? MergeEdited(string? edited, string? current, EditorContext context)
    {
        if (BlockData.TryParse(edited) is not { } from || BlockData.TryParse(current) is not { } draft)
        {
            return edited;
        }

        var editedCultures = from.Expose.Select(e => e.Culture).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool Kept(string? culture) => culture is not null && !editedCultures.Contains(culture);

        var result = new BlockData();
        result.Layout.AddRange(from.Layout);
        result.Expose.AddRange(from.Expose);
        result.Expose.AddRange(draft.Expose.Where(e => Kept(e.Culture) && from.Content(e.ContentKey) is not null));
        foreach (var (items, existing, into) in new[] { (from.ContentData, draft.ContentData, result.ContentData), (from.SettingsData, draft.SettingsData, result.SettingsData) })
        {
            foreach (var item in items)
            {
                var previous = existing.Find(d => d.Key == item.Key && d.ContentTypeKey == item.ContentTypeKey);
                var merged = new BlockItemData(item.ContentTypeKey, item.Key);
                foreach (var value in item.Values)
                {
                    if (value.Culture is null && Mergeable(item, value, context) is { } editor)
                    {
                        var before = previous?.Values.Find(v => v.Alias == value.Alias && v.Culture is null)?.Value;
                        value.Value = Node(editor.MergeEditedValue(BlockListEditor.AsRaw(value.Value), BlockListEditor.AsRaw(before), context));
                    }

                    merged.Values.Add(value);
                }

                merged.Values.AddRange(previous?.Values.Where(v => Kept(v.Culture) && !merged.Values.Any(m => m.Alias == v.Alias && SameCulture(m.Culture, v.Culture))) ?? []);
                into.Add(merged);
            }
        }

        return Canonical(result, context.Schema).Serialize();
    }

    /// <summary>The nested editor of an invariant value that holds culture values of its own, or null.</summary>
    private static IPropertyEditor? Mergeable(BlockItemData item, BlockPropertyData value, EditorContext context)
    {
        var schema = context.Schema;
        if (value.Culture is not null || schema.GetContentType(item.ContentTypeKey) is not { } type || schema.Property(type, value.Alias) is not { } property)
        {
            return null;
        }

        var editor = schema.EditorOf(property);
        return editor.CanMergePartialValues(property) ? editor : null;
    }

    /// <summary>Values in property order, then language order; expose entries in layout order, then language order.</summary>
    private static BlockData Canonical(BlockData data, ContentSchema schema)
    {
        int CultureOrder(string? culture) => culture is null ? -1 : schema.Languages.ToList().FindIndex(l => string.Equals(l.IsoCode, culture, StringComparison.OrdinalIgnoreCase));
        foreach (var item in data.ContentData.Concat(data.SettingsData))
        {
            var properties = schema.GetContentType(item.ContentTypeKey) is { } type ? schema.PropertiesOf(type).Select(p => p.Alias).ToList() : [];
            var sorted = item.Values
                .DistinctBy(v => (v.Alias, v.Culture?.ToLowerInvariant()))
                .OrderBy(v => properties.IndexOf(v.Alias)).ThenBy(v => CultureOrder(v.Culture)).ToList();
            item.Values.Clear();
            item.Values.AddRange(sorted);
        }

        var order = data.Layout.Select(l => l.ContentKey).ToList();
        var expose = data.Expose.DistinctBy(e => (e.ContentKey, e.Culture?.ToLowerInvariant()))
            .OrderBy(e => order.IndexOf(e.ContentKey)).ThenBy(e => CultureOrder(e.Culture)).ToList();
        data.Expose.Clear();
        data.Expose.AddRange(expose);
        return data;
    }

    private static bool SameCulture(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static System.Text.Json.Nodes.JsonNode? Node(string? raw) => raw is null ? null : System.Text.Json.Nodes.JsonNode.Parse(raw);
}
