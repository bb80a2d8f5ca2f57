using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NmZaMe.Benchmarks.Generate;

/// <summary>Stored value formats of uSync v17 content, as the importer reads them (same shapes as the real seed).</summary>
public static class PropertyValues
{
    // Readable č/š/ž in the files, like the seed; the importer parses JSON, so escaping is a matter of taste.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string List(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToArray(), Json);

    public static string DropDown(string value) => List([value]);

    public static string TrueFalse(bool value) => value ? "1" : "0";

    public static string Date(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string RichText(string markup) => new JsonObject
    {
        ["blocks"] = new JsonObject
        {
            ["contentData"] = new JsonArray(),
            ["settingsData"] = new JsonArray(),
            ["expose"] = new JsonArray(),
            ["Layout"] = new JsonObject(),
        },
        ["markup"] = markup,
    }.ToJsonString(Json);

    public static string NodePicker(IEnumerable<Guid> keys) => string.Join(",", keys.Select(k => "umb://document/" + k.ToString("N")));

    public static string ExternalLinks(IEnumerable<(string Name, string Url)> links) =>
        new JsonArray(links.Select(l => (JsonNode)new JsonObject
        {
            ["icon"] = "icon-link",
            ["name"] = l.Name,
            ["queryString"] = null,
            ["target"] = "_blank",
            ["trashed"] = false,
            ["type"] = "external",
            ["unique"] = null,
            ["url"] = l.Url,
        }).ToArray()).ToJsonString(Json);

    /// <summary>A v15+ block list: layout, contentData with typed values, expose; no settings.</summary>
    public static string BlockList(Guid elementTypeKey, IEnumerable<(Guid Key, IReadOnlyList<BlockValue> Values)> blocks)
    {
        var layout = new JsonArray();
        var data = new JsonArray();
        var expose = new JsonArray();
        foreach (var (key, values) in blocks)
        {
            layout.Add(new JsonObject { ["contentKey"] = key.ToString(), ["settingsKey"] = null });
            expose.Add(new JsonObject { ["contentKey"] = key.ToString(), ["culture"] = null, ["segment"] = null });
            data.Add(new JsonObject
            {
                ["contentTypeKey"] = elementTypeKey.ToString(),
                ["udi"] = null,
                ["key"] = key.ToString(),
                ["values"] = new JsonArray(values.Select(v => (JsonNode)new JsonObject
                {
                    ["editorAlias"] = v.EditorAlias,
                    ["culture"] = null,
                    ["segment"] = null,
                    ["alias"] = v.Alias,
                    ["value"] = v.Value,
                }).ToArray()),
            });
        }

        return new JsonObject
        {
            ["layout"] = new JsonObject { ["Umbraco.BlockList"] = layout },
            ["contentData"] = data,
            ["settingsData"] = new JsonArray(),
            ["expose"] = expose,
        }.ToJsonString(Json);
    }
}

/// <summary>One property of a block; <see cref="Value"/> is a string or, for list editors, an array.</summary>
public sealed record BlockValue(string EditorAlias, string Alias, JsonNode Value)
{
    public static BlockValue Text(string alias, string value) => new("Umbraco.TextBox", alias, JsonValue.Create(value));

    public static BlockValue TextArea(string alias, string value) => new("Umbraco.TextArea", alias, JsonValue.Create(value));

    public static BlockValue Email(string alias, string value) => new("Umbraco.EmailAddress", alias, JsonValue.Create(value));

    public static BlockValue DropDown(string alias, string value) => new("Umbraco.DropDown.Flexible", alias, new JsonArray(JsonValue.Create(value)));

    public static BlockValue CheckBoxes(string alias, IEnumerable<string> values) =>
        new("Umbraco.CheckBoxList", alias, new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()));
}
