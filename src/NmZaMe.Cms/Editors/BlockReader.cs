using System.Text;
using System.Text.Json;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Editors;

/// <summary>
/// Reads a stored block list into published elements. Each element holds its values per culture, aligned as Umbraco's
/// <c>BlockEditorVarianceHandler.AlignedPropertyVarianceAsync</c> aligns them when rendering: a variant value counts
/// only when the owner and the element both vary (otherwise the default language's value is the invariant one), and
/// a value stored without culture for a property that now varies is the default language's.
/// </summary>
/// <remarks>
/// Read with <see cref="JsonDocument"/> rather than a mutable JSON tree: this runs for every block of every item when
/// the snapshot loads, where the tree's allocations dominated start-up.
/// </remarks>
internal static class BlockReader
{
    public static BlockListValue? Read(string stored, EditorContext context)
    {
        try
        {
            using var document = JsonDocument.Parse(stored);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var contentData = Elements(root, "contentData");
            var settingsData = Elements(root, "settingsData");
            var expose = Expose(root);
            var items = new List<BlockItem>();
            if (root.TryGetProperty("layout", out var layout) && layout.ValueKind == JsonValueKind.Object
                && layout.TryGetProperty(BlockData.LayoutAlias, out var entries) && entries.ValueKind == JsonValueKind.Array)
            {
                foreach (var entry in entries.EnumerateArray())
                {
                    if (Key(entry, "contentKey") is { } ck && contentData.TryGetValue(ck, out var content) && ToElement(content, context) is { } element)
                    {
                        var settings = Key(entry, "settingsKey") is { } sk && settingsData.TryGetValue(sk, out var s) ? ToElement(s, context) : null;
                        var exposed = expose is null ? [null] : expose.GetValueOrDefault(ck) ?? [];
                        items.Add(new BlockItem(element, settings, ExposedIn(exposed, element, context)));
                    }
                }
            }

            return new BlockListValue(items);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Umbraco's <c>AlignedExposeVarianceAsync</c>: a block of a varying element in a varying owner is exposed in its
    /// entries' cultures (in the default language when all entries are invariant); otherwise it is exposed invariantly
    /// when it has an invariant entry or one for the default language.
    /// </summary>
    private static string[] ExposedIn(List<string?> entries, PublishedElement element, EditorContext context)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        var defaultCulture = context.Schema.DefaultCulture;
        if (context.OwnerVariesByCulture && element.ContentType.VariesByCulture)
        {
            var cultures = entries.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            return cultures.Length > 0 ? cultures : [defaultCulture];
        }

        return entries.Any(e => e is null || string.Equals(e, defaultCulture, StringComparison.OrdinalIgnoreCase)) ? [string.Empty] : [];
    }

    private static Dictionary<Guid, List<string?>>? Expose(JsonElement root)
    {
        if (!root.TryGetProperty("expose", out var expose) || expose.ValueKind != JsonValueKind.Array)
        {
            // Written before Umbraco 15: every block is exposed.
            return null;
        }

        var result = new Dictionary<Guid, List<string?>>();
        foreach (var entry in expose.EnumerateArray())
        {
            if (Key(entry, "contentKey") is { } key)
            {
                if (!result.TryGetValue(key, out var list))
                {
                    result[key] = list = [];
                }

                list.Add(Culture(entry));
            }
        }

        return result;
    }

    private static PublishedElement? ToElement(JsonElement data, EditorContext context)
    {
        var schema = context.Schema;
        if (Key(data, "contentTypeKey") is not { } typeKey || schema.GetContentType(typeKey) is not { } type || Key(data, "key") is not { } key)
        {
            return null;
        }

        var values = new List<(string Alias, string? Culture, string? Raw)>();
        if (data.TryGetProperty("values", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var value in array.EnumerateArray())
            {
                if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("alias", out var alias) && alias.ValueKind == JsonValueKind.String)
                {
                    values.Add((alias.GetString()!, Culture(value), value.TryGetProperty("value", out var v) ? AsRaw(v) : null));
                }
            }
        }

        var defaultCulture = schema.DefaultCulture;
        var types = PublishedPropertyType.Of(type, schema);
        string[] cultures = [string.Empty];
        if (context.OwnerVariesByCulture && type.VariesByCulture)
        {
            var variant = types.Where(t => t.PerCulture).Select(t => t.Alias).ToHashSet(StringComparer.Ordinal);
            cultures = values.Where(v => variant.Contains(v.Alias)).Select(v => v.Culture).OfType<string>().Prepend(defaultCulture)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        }

        // Per culture for a per-culture slot; "" for an invariant slot (an invariant property, or any property of an
        // element that does not vary here).
        byte[]? Stored(string alias, string culture)
        {
            (string Alias, string? Culture, string? Raw)? found = null;
            foreach (var value in values)
            {
                if (value.Alias != alias)
                {
                    continue;
                }

                if (culture.Length > 0)
                {
                    if (string.Equals(value.Culture, culture, StringComparison.OrdinalIgnoreCase)
                        || (value.Culture is null && found is null && string.Equals(culture, defaultCulture, StringComparison.OrdinalIgnoreCase)))
                    {
                        found = value;
                    }
                }
                else if (value.Culture is null || (found is null && string.Equals(value.Culture, defaultCulture, StringComparison.OrdinalIgnoreCase)))
                {
                    found = value;
                }
            }

            return found?.Raw is { } raw ? Encoding.UTF8.GetBytes(raw) : null;
        }

        return new PublishedElement(key, type, PropertyMap.FromStored(types, cultures, Stored));
    }

    private static string? Culture(JsonElement value) =>
        value.TryGetProperty("culture", out var culture) && culture.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(culture.GetString())
            ? culture.GetString()
            : null;

    private static Guid? Key(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && Guid.TryParse(value.GetString(), out var key) ? key : null;

    private static Dictionary<Guid, JsonElement> Elements(JsonElement root, string name)
    {
        var result = new Dictionary<Guid, JsonElement>();
        if (root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (Key(item, "key") is { } key)
                {
                    result[key] = item;
                }
            }
        }

        return result;
    }

    private static string? AsRaw(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
