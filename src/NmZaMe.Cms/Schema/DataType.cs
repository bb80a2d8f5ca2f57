using System.Text.Json.Nodes;

namespace NmZaMe.Cms.Schema;

public sealed record DataType(Guid Key, string Name, string EditorAlias, string EditorUiAlias, JsonObject Config)
{
    public string? ConfigString(string key) => Config[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public bool ConfigBool(string key) => Config[key] is JsonValue v && (v.TryGetValue<bool>(out var b) ? b : v.TryGetValue<string>(out var s) && bool.TryParse(s, out b) && b);

    public IReadOnlyList<string> ConfigItems() =>
        Config["items"] is JsonArray items
            ? items.Select(i => i switch
            {
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                JsonObject o => o["value"]?.GetValue<string>() ?? "",
                _ => "",
            }).Where(s => s.Length > 0).ToArray()
            : [];
}
