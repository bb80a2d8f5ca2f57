using System.Text.Json.Nodes;

namespace NmZaMe.Cms.Editors;

/// <summary>One value of a block element: Umbraco's <c>BlockPropertyValue</c> (culture null for an invariant value).</summary>
internal sealed class BlockPropertyData(string alias, string? culture, JsonNode? value, string? editorAlias = null)
{
    public string Alias { get; } = alias;

    public string? Culture { get; set; } = culture;

    public JsonNode? Value { get; set; } = value;

    public string? EditorAlias { get; set; } = editorAlias;
}

/// <summary>One block's content or settings element: Umbraco's <c>BlockItemData</c>.</summary>
internal sealed class BlockItemData(Guid contentTypeKey, Guid key)
{
    public Guid ContentTypeKey { get; } = contentTypeKey;

    public Guid Key { get; } = key;

    public List<BlockPropertyData> Values { get; } = [];
}

/// <summary>Where a block is shown: Umbraco's <c>BlockItemVariation</c> (culture null when exposed invariantly).</summary>
internal sealed record BlockExpose(Guid ContentKey, string? Culture);

/// <summary>
/// A block list value in Umbraco's v15+ storage format, held as objects while it is normalised or merged:
/// <c>{layout:{"Umbraco.BlockList":[{contentKey,settingsKey}]}, contentData:[{contentTypeKey,udi,key,values:[{editorAlias,
/// culture,segment,alias,value}]}], settingsData:[…], expose:[{contentKey,culture,segment}]}</c>.
/// Segments are not used by NmZaMe and are always written as null.
/// </summary>
internal sealed class BlockData
{
    public const string LayoutAlias = "Umbraco.BlockList";

    public List<(Guid ContentKey, Guid? SettingsKey)> Layout { get; } = [];

    public List<BlockItemData> ContentData { get; } = [];

    public List<BlockItemData> SettingsData { get; } = [];

    public List<BlockExpose> Expose { get; } = [];

    /// <summary>Whether the value said where its blocks are exposed (values written before Umbraco 15 did not).</summary>
    public bool HasExpose { get; private set; }

    public BlockItemData? Content(Guid key) => ContentData.Find(c => c.Key == key);

    public BlockItemData? Settings(Guid key) => SettingsData.Find(c => c.Key == key);

    /// <summary>
    /// Reads a stored or posted value. Throws <see cref="System.Text.Json.JsonException"/> for text that is not JSON and
    /// <see cref="InvalidOperationException"/> (or <see cref="FormatException"/>) for JSON of the wrong shape.
    /// A missing layout lists the content data in order; an element without a key gets a new one.
    /// </summary>
    public static BlockData Parse(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new InvalidOperationException("A block value is an object.");
        var data = new BlockData();
        ReadItems(root["contentData"], data.ContentData);
        ReadItems(root["settingsData"], data.SettingsData);
        if (root["layout"]?[LayoutAlias] is JsonArray layout)
        {
            foreach (var entry in layout.OfType<JsonObject>())
            {
                var contentKey = Guid.TryParse(entry["contentKey"]?.GetValue<string>(), out var ck) ? ck : Guid.Empty;
                Guid? settingsKey = Guid.TryParse(entry["settingsKey"]?.GetValue<string>(), out var sk) ? sk : null;
                data.Layout.Add((contentKey, settingsKey));
            }
        }
        else
        {
            data.Layout.AddRange(data.ContentData.Select(c => (c.Key, (Guid?)null)));
        }

        if (root["expose"] is JsonArray expose)
        {
            data.HasExpose = true;
            foreach (var entry in expose.OfType<JsonObject>())
            {
                if (Guid.TryParse(entry["contentKey"]?.GetValue<string>(), out var key))
                {
                    data.Expose.Add(new BlockExpose(key, NullIfEmpty(entry["culture"]?.GetValue<string>())));
                }
            }
        }

        return data;
    }

    public static BlockData? TryParse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return Parse(json);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The value in storage form, or null when it holds no blocks.</summary>
    public string? Serialize()
    {
        if (Layout.Count == 0)
        {
            return null;
        }

        var root = new JsonObject
        {
            ["layout"] = new JsonObject
            {
                [LayoutAlias] = new JsonArray(Layout.Select(l => (JsonNode)new JsonObject
                {
                    ["contentKey"] = l.ContentKey.ToString(),
                    ["settingsKey"] = l.SettingsKey?.ToString(),
                }).ToArray()),
            },
            ["contentData"] = WriteItems(ContentData),
            ["settingsData"] = WriteItems(SettingsData),
            ["expose"] = new JsonArray(Expose.Select(e => (JsonNode)new JsonObject
            {
                ["contentKey"] = e.ContentKey.ToString(),
                ["culture"] = e.Culture,
                ["segment"] = null,
            }).ToArray()),
        };
        return root.ToJsonString(JsonDefaults.Storage);
    }

    private static void ReadItems(JsonNode? node, List<BlockItemData> items)
    {
        foreach (var item in (node as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            var typeKey = Guid.TryParse(item["contentTypeKey"]?.GetValue<string>(), out var t) ? t : Guid.Empty;
            var key = Guid.TryParse(item["key"]?.GetValue<string>(), out var k) ? k : Guid.Empty;
            var data = new BlockItemData(typeKey, key);
            foreach (var value in (item["values"] as JsonArray)?.OfType<JsonObject>() ?? [])
            {
                if (value["alias"]?.GetValue<string>() is { } alias)
                {
                    data.Values.Add(new BlockPropertyData(alias, NullIfEmpty(value["culture"]?.GetValue<string>()), value["value"]?.DeepClone(),
                        value["editorAlias"]?.GetValue<string>()));
                }
            }

            items.Add(data);
        }
    }

    private static JsonArray WriteItems(List<BlockItemData> items) => new(items.Select(i => (JsonNode)new JsonObject
    {
        ["contentTypeKey"] = i.ContentTypeKey.ToString(),
        ["udi"] = null,
        ["key"] = i.Key.ToString(),
        ["values"] = new JsonArray(i.Values.Select(v => (JsonNode)new JsonObject
        {
            ["editorAlias"] = v.EditorAlias,
            ["culture"] = v.Culture,
            ["segment"] = null,
            ["alias"] = v.Alias,
            ["value"] = v.Value?.DeepClone(),
        }).ToArray()),
    }).ToArray());

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
