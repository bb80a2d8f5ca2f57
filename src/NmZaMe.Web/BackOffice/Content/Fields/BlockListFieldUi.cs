using System.Text.Json;
using System.Text.Json.Nodes;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.Content.Fields;

/// <summary>
/// Block list: each block is an element with its own fields, posted under the block's place
/// (<c>f.contacts.0.phone</c>). A culture-variant element shows and sends the edited culture's values of its variant
/// properties; the engine keeps the other cultures' values when the list is saved.
/// </summary>
public sealed class BlockListFieldUi() : FieldUi("BlockList", grouped: true)
{
    public override void FromStored(FieldState state, PropertyType property, string stored, EditorForm form) =>
        state.Blocks = ReadBlocks(stored, form);

    public override void FromForm(FieldState state, PropertyType property, string path, IFormCollection posted, EditorForm form)
    {
        for (var i = 0; posted.ContainsKey($"{path}.{i}.key"); i++)
        {
            if (!Guid.TryParse(posted[$"{path}.{i}.key"], out var key) || !Guid.TryParse(posted[$"{path}.{i}.type"], out var typeKey)
                || form.Schema.GetContentType(typeKey) is not { IsElement: true } type)
            {
                continue;
            }

            var block = new BlockState(key, type) { Exposed = posted[$"{path}.{i}.exposed"] != "0" };
            foreach (var p in form.Schema.PropertiesOf(type))
            {
                block.Fields[p.Alias] = form.FromForm(p, $"{path}.{i}.{p.Alias}", posted);
            }

            state.Blocks.Add(block);
        }
    }

    public override string? ToRaw(PropertyType property, FieldState state, EditorForm form)
    {
        if (state.Blocks.Count == 0)
        {
            return null;
        }

        var layout = new JsonArray();
        var content = new JsonArray();
        var expose = new JsonArray();
        foreach (var block in state.Blocks)
        {
            layout.Add(new JsonObject { ["contentKey"] = block.Key.ToString() });
            var values = new JsonArray();
            foreach (var p in form.Schema.PropertiesOf(block.Type))
            {
                var raw = block.Fields.TryGetValue(p.Alias, out var f) ? form.ToRaw(p, f) : null;
                if (raw is not null)
                {
                    values.Add(new JsonObject { ["alias"] = p.Alias, ["culture"] = form.VariesInBlock(block.Type, p) ? form.Culture : null, ["value"] = raw });
                }
            }

            content.Add(new JsonObject { ["contentTypeKey"] = block.Type.Key.ToString(), ["key"] = block.Key.ToString(), ["values"] = values });

            // Saved in this culture, the block is shown in it (the other cultures' entries are kept by the engine).
            expose.Add(new JsonObject { ["contentKey"] = block.Key.ToString(), ["culture"] = form.Culture.Length > 0 && block.Type.VariesByCulture ? form.Culture : null });
        }

        return new JsonObject
        {
            ["layout"] = new JsonObject { ["Umbraco.BlockList"] = layout },
            ["contentData"] = content,
            ["expose"] = expose,
        }.ToJsonString();
    }

    private static List<BlockState> ReadBlocks(string stored, EditorForm form)
    {
        var result = new List<BlockState>();
        JsonObject? root;
        try
        {
            root = JsonNode.Parse(stored) as JsonObject;
        }
        catch (JsonException)
        {
            return result;
        }

        var culture = form.Culture;
        var data = (root?["contentData"] as JsonArray)?.OfType<JsonObject>()
            .Where(c => Guid.TryParse(c["key"]?.GetValue<string>(), out _))
            .ToDictionary(c => Guid.Parse(c["key"]!.GetValue<string>())) ?? [];
        var expose = (root?["expose"] as JsonArray)?.OfType<JsonObject>().ToList();
        foreach (var entry in (root?["layout"]?["Umbraco.BlockList"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (!Guid.TryParse(entry["contentKey"]?.GetValue<string>(), out var key) || !data.TryGetValue(key, out var element)
                || !Guid.TryParse(element["contentTypeKey"]?.GetValue<string>(), out var typeKey) || form.Schema.GetContentType(typeKey) is not { IsElement: true } type)
            {
                continue;
            }

            var block = new BlockState(key, type)
            {
                Exposed = expose is null || expose.Any(e => e["contentKey"]?.GetValue<string>() is { } k && Guid.TryParse(k, out var g) && g == key
                    && (e["culture"]?.GetValue<string>() is not { Length: > 0 } c || !type.VariesByCulture || culture.Length == 0 || string.Equals(c, culture, StringComparison.OrdinalIgnoreCase))),
            };
            var values = (element["values"] as JsonArray)?.OfType<JsonObject>().Where(v => v["alias"] is not null).ToList() ?? [];
            foreach (var p in form.Schema.PropertiesOf(type))
            {
                block.Fields[p.Alias] = form.FromStored(p, BlockListEditor.AsRaw(ValueIn(values, p.Alias, form.VariesInBlock(type, p) ? culture : null, form.Schema.DefaultCulture)));
            }

            result.Add(block);
        }

        return result;
    }

    /// <summary>
    /// A block's value for the culture being edited (null: the invariant value). Values stored before the property
    /// varied have no culture and count as the default language's, as the engine aligns them.
    /// </summary>
    private static JsonNode? ValueIn(List<JsonObject> values, string alias, string? culture, string defaultCulture)
    {
        string? CultureOf(JsonObject v) => v["culture"]?.GetValue<string>() is { Length: > 0 } c ? c : null;
        var own = values.Where(v => v["alias"]!.GetValue<string>() == alias).ToList();
        var match = own.LastOrDefault(v => string.Equals(CultureOf(v), culture, StringComparison.OrdinalIgnoreCase));
        if (match is null && (culture is null || string.Equals(culture, defaultCulture, StringComparison.OrdinalIgnoreCase)))
        {
            match = own.LastOrDefault(v => string.Equals(CultureOf(v) ?? culture, culture ?? defaultCulture, StringComparison.OrdinalIgnoreCase));
        }

        return match?["value"];
    }
}
