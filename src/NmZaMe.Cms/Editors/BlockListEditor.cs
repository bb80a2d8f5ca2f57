using System.Text.Json;
using System.Text.Json.Nodes;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Editors;

/// <summary>
/// Umbraco.BlockList in the v15+ storage format: <c>{layout:{"Umbraco.BlockList":[{contentKey,settingsKey}]},
/// contentData:[{contentTypeKey,key,values:[{alias,culture,segment,value}]}], settingsData, expose}</c>.
/// Every block's values are validated by their own editors.
/// </summary>
public sealed class BlockListEditor : IPropertyEditor
{
    private const string LayoutAlias = "Umbraco.BlockList";

    public string Alias => LayoutAlias;

    public EditorResult Normalise(string? raw, DataType dataType, EditorContext context)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return EditorResult.Ok(null);
        }

        JsonObject root;
        try
        {
            root = JsonNode.Parse(raw) as JsonObject ?? throw new JsonException();
        }
        catch (JsonException)
        {
            return EditorResult.Fail("Bloki niso v pravi obliki.");
        }

        try
        {
            return NormaliseBlocks(root, dataType, context);
        }
        catch (InvalidOperationException)
        {
            // Well-formed JSON with the wrong shape: a key that is a number, a layout that is an array.
            return EditorResult.Fail("Bloki niso v pravi obliki.");
        }
    }

    private static EditorResult NormaliseBlocks(JsonObject root, DataType dataType, EditorContext context)
    {
        var allowed = AllowedElementKeys(dataType);
        var contentData = ReadData(root["contentData"]);
        var settingsData = ReadData(root["settingsData"]);
        var layout = (root["layout"]?[LayoutAlias] as JsonArray)?.OfType<JsonObject>().ToList()
            ?? contentData.Keys.Select(k => new JsonObject { ["contentKey"] = k.ToString() }).ToList();

        var outLayout = new JsonArray();
        var outContent = new JsonArray();
        var outSettings = new JsonArray();
        var index = 0;
        foreach (var entry in layout)
        {
            index++;
            if (!Guid.TryParse(entry["contentKey"]?.GetValue<string>(), out var contentKey) || !contentData.TryGetValue(contentKey, out var content))
            {
                return EditorResult.Fail($"Blok {index} nima vsebine.");
            }

            var normalised = NormaliseElement(content, index, allowed, context, out var error);
            if (normalised is null)
            {
                return EditorResult.Fail(error!);
            }

            outContent.Add(normalised);
            JsonNode? settingsKey = null;
            if (Guid.TryParse(entry["settingsKey"]?.GetValue<string>(), out var sk) && settingsData.TryGetValue(sk, out var settings))
            {
                var ns = NormaliseElement(settings, index, null, context, out error);
                if (ns is null)
                {
                    return EditorResult.Fail(error!);
                }

                outSettings.Add(ns);
                settingsKey = sk.ToString();
            }

            outLayout.Add(new JsonObject { ["contentKey"] = contentKey.ToString(), ["settingsKey"] = settingsKey });
        }

        var max = dataType.Config["validationLimit"]?["max"] is JsonValue m && m.TryGetValue<int>(out var mx) ? mx : 0;
        if (max > 0 && outLayout.Count > max)
        {
            return EditorResult.Fail($"Dodate lahko največ {max} blokov.");
        }

        if (outLayout.Count == 0)
        {
            return EditorResult.Ok(null);
        }

        var result = new JsonObject
        {
            ["layout"] = new JsonObject { [LayoutAlias] = outLayout },
            ["contentData"] = outContent,
            ["settingsData"] = outSettings,
            ["expose"] = new JsonArray(outContent.Select(c => (JsonNode)new JsonObject { ["contentKey"] = c!["key"]!.DeepClone(), ["culture"] = null, ["segment"] = null }).ToArray()),
        };
        return EditorResult.Ok(result.ToJsonString(JsonDefaults.Storage));
    }

    private static JsonObject? NormaliseElement(JsonObject element, int index, HashSet<Guid>? allowed, EditorContext context, out string? error)
    {
        error = null;
        if (!Guid.TryParse(element["contentTypeKey"]?.GetValue<string>(), out var typeKey) || context.Schema.GetContentType(typeKey) is not { IsElement: true } type)
        {
            error = $"Blok {index}: neznan tip elementa.";
            return null;
        }

        if (allowed is not null && !allowed.Contains(typeKey))
        {
            error = $"Blok {index}: tip »{type.Name}« tukaj ni dovoljen.";
            return null;
        }

        var key = Guid.TryParse(element["key"]?.GetValue<string>(), out var k) ? k : Guid.NewGuid();
        var incoming = (element["values"] as JsonArray)?.OfType<JsonObject>()
            .Where(v => v["alias"] is not null)
            .GroupBy(v => v["alias"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => g.Last()["value"]) ?? [];
        var values = new JsonArray();
        foreach (var property in context.Schema.PropertiesOf(type))
        {
            var raw = AsRaw(incoming.GetValueOrDefault(property.Alias));
            var result = PropertyValidator.Validate(property, raw, context);
            if (!result.IsValid)
            {
                error = $"Blok {index}, {property.Name}: {result.Error}";
                return null;
            }

            if (result.Value is null)
            {
                continue;
            }

            var value = result.Value.StartsWith('[') || result.Value.StartsWith('{') ? JsonNode.Parse(result.Value) : JsonValue.Create(result.Value);
            values.Add(new JsonObject
            {
                ["editorAlias"] = property.EditorAlias,
                ["culture"] = null,
                ["segment"] = null,
                ["alias"] = property.Alias,
                ["value"] = value,
            });
        }

        return new JsonObject { ["contentTypeKey"] = typeKey.ToString(), ["udi"] = null, ["key"] = key.ToString(), ["values"] = values };
    }

    /// <summary>A block value as the raw string its property editor normalises (strings as they are, JSON as JSON).</summary>
    public static string? AsRaw(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Null => null,
        _ => value.ToJsonString(JsonDefaults.Storage),
    };

    private static Dictionary<Guid, JsonObject> ReadData(JsonNode? node)
    {
        var result = new Dictionary<Guid, JsonObject>();
        foreach (var item in (node as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (Guid.TryParse(item["key"]?.GetValue<string>(), out var key))
            {
                result[key] = item;
            }
        }

        return result;
    }

    /// <summary>The element types a block list data type allows.</summary>
    public static HashSet<Guid> AllowedElementKeys(DataType dataType) =>
        (dataType.Config["blocks"] as JsonArray)?.OfType<JsonObject>()
            .Select(b => Guid.TryParse(b["contentElementTypeKey"]?.GetValue<string>(), out var g) ? g : Guid.Empty)
            .Where(g => g != Guid.Empty).ToHashSet() ?? [];

    /// <remarks>
    /// Read with <see cref="JsonDocument"/> rather than a mutable JSON tree: this runs for every block of every item when
    /// the snapshot loads, where the tree's allocations dominated start-up.
    /// </remarks>
    public object? ToIntermediate(string? stored, DataType dataType, EditorContext context)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return null;
        }

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
            var items = new List<BlockItem>();
            if (root.TryGetProperty("layout", out var layout) && layout.ValueKind == JsonValueKind.Object
                && layout.TryGetProperty(LayoutAlias, out var entries) && entries.ValueKind == JsonValueKind.Array)
            {
                foreach (var entry in entries.EnumerateArray())
                {
                    if (Key(entry, "contentKey") is { } ck && contentData.TryGetValue(ck, out var content) && ToElement(content, context) is { } element)
                    {
                        var settings = Key(entry, "settingsKey") is { } sk && settingsData.TryGetValue(sk, out var s) ? ToElement(s, context) : null;
                        items.Add(new BlockItem(element, settings));
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

    private static readonly string[] ElementCultures = [string.Empty];

    private static PublishedElement? ToElement(JsonElement data, EditorContext context)
    {
        if (Key(data, "contentTypeKey") is not { } typeKey || context.Schema.GetContentType(typeKey) is not { } type || Key(data, "key") is not { } key)
        {
            return null;
        }

        var raw = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            foreach (var value in values.EnumerateArray())
            {
                if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("alias", out var alias) && alias.ValueKind == JsonValueKind.String)
                {
                    raw[alias.GetString()!] = value.TryGetProperty("value", out var v) ? AsRaw(v) : null;
                }
            }
        }

        var types = PublishedPropertyType.Of(type, context.Schema);
        // Elements hold invariant values: a property marked as varying answers only for "" (see ElementCultures).
        var map = PropertyMap.FromStored(types, ElementCultures, (alias, _) => raw.GetValueOrDefault(alias) is { } v ? System.Text.Encoding.UTF8.GetBytes(v) : null);
        return new PublishedElement(key, type, map);
    }

    private static string? AsRaw(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    public void WriteDelivery(Utf8JsonWriter writer, object? intermediate, DataType dataType, IDeliveryOutput output, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        if (intermediate is not BlockListValue value)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteStartArray("items");
        foreach (var item in value.Items)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("content");
            output.WriteElement(writer, item.Content, expand, fields);
            writer.WritePropertyName("settings");
            if (item.Settings is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                output.WriteElement(writer, item.Settings, expand, fields);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public IEnumerable<string> Text(object? intermediate) =>
        intermediate is BlockListValue value
            ? value.Items.SelectMany(i => i.Content.Properties.Values.SelectMany(p => p.Editor.Text(p.Value(string.Empty))))
            : [];

    public IEnumerable<Guid> References(object? intermediate) =>
        intermediate is BlockListValue value
            ? value.Items.SelectMany(i => i.Content.Properties.Values.SelectMany(p => p.Editor.References(p.Value(string.Empty))))
            : [];
}
