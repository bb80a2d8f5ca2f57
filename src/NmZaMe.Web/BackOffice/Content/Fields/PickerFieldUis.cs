using System.Text.Json.Nodes;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.Content.Fields;

/// <summary>Content picker (one item) and multinode tree picker (a list): document UDIs, comma-separated when stored.</summary>
public sealed class PickerFieldUi(bool single) : FieldUi("Picker", grouped: true)
{
    /// <summary>Picking in a single picker replaces the item instead of adding one.</summary>
    public bool Single { get; } = single;

    public override void FromStored(FieldState state, PropertyType property, string stored, EditorForm form) =>
        state.Items = stored.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    public override void FromForm(FieldState state, PropertyType property, string path, IFormCollection posted, EditorForm form) =>
        FieldJson.ReadItems(state, path, posted);

    public override string? ToRaw(PropertyType property, FieldState state, EditorForm form) => Single
        ? state.Items.FirstOrDefault()
        : state.Items.Count == 0 ? null : string.Join(',', state.Items);
}

/// <summary>Media picker: media keys, stored as MediaPicker3 entries whose first entry keeps its key across saves, as Umbraco does.</summary>
public sealed class MediaPickerFieldUi() : FieldUi("MediaPicker", grouped: true)
{
    public override void FromStored(FieldState state, PropertyType property, string stored, EditorForm form)
    {
        foreach (var entry in FieldJson.ParseArray(stored).OfType<JsonObject>())
        {
            state.Items.Add(entry["mediaKey"]?.GetValue<string>() ?? string.Empty);
            state.EntryKey ??= entry["key"]?.GetValue<string>();
        }
    }

    public override void FromForm(FieldState state, PropertyType property, string path, IFormCollection posted, EditorForm form) =>
        FieldJson.ReadItems(state, path, posted);

    public override string? ToRaw(PropertyType property, FieldState state, EditorForm form) => state.Items.Count == 0
        ? null
        : new JsonArray(state.Items.Select((m, i) => (JsonNode)new JsonObject
        {
            ["key"] = i == 0 && Guid.TryParse(state.EntryKey, out var k) ? k.ToString() : Guid.NewGuid().ToString(),
            ["mediaKey"] = m,
        }).ToArray()).ToJsonString();
}

/// <summary>Multi URL picker: links with a text and either an external URL or a document on this site.</summary>
public sealed class LinksFieldUi() : FieldUi("Links", grouped: true)
{
    public override void FromStored(FieldState state, PropertyType property, string stored, EditorForm form)
    {
        foreach (var link in FieldJson.ParseArray(stored).OfType<JsonObject>())
        {
            var unique = link["unique"]?.GetValue<string>();
            var type = link["type"]?.GetValue<string>() ?? "external";
            state.Links.Add(new LinkState(link["url"]?.GetValue<string>() ?? string.Empty, link["name"]?.GetValue<string>() ?? string.Empty,
                type == "document" && Guid.TryParse(unique, out var g) ? Udi.Document(g) : string.Empty));
        }
    }

    public override void FromForm(FieldState state, PropertyType property, string path, IFormCollection posted, EditorForm form)
    {
        for (var i = 0; posted.ContainsKey($"{path}.{i}.url"); i++)
        {
            state.Links.Add(new LinkState(posted[$"{path}.{i}.url"].ToString().Trim(), posted[$"{path}.{i}.name"].ToString().Trim(), posted[$"{path}.{i}.content"].ToString()));
        }
    }

    public override string? ToRaw(PropertyType property, FieldState state, EditorForm form)
    {
        var array = new JsonArray();
        foreach (var link in state.Links.Where(l => l.Url.Length > 0 || l.Content.Length > 0 || l.Name.Length > 0))
        {
            array.Add(Udi.TryParse(link.Content, out _, out var key)
                ? new JsonObject { ["name"] = link.Name, ["type"] = "document", ["unique"] = key.ToString() }
                : new JsonObject { ["name"] = link.Name, ["type"] = "external", ["url"] = link.Url });
        }

        return array.Count == 0 ? null : array.ToJsonString();
    }
}
