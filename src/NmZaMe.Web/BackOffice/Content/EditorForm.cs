using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>What the form holds for one property while it is being edited (scalars as text, lists, blocks, links).</summary>
public sealed class FieldState
{
    public string Text { get; set; } = string.Empty;

    public List<string> Items { get; set; } = [];

    public List<BlockState> Blocks { get; set; } = [];

    public List<LinkState> Links { get; set; } = [];

    /// <summary>MediaPicker3 keeps its entry key across saves, as Umbraco does.</summary>
    public string? EntryKey { get; set; }
}

public sealed class BlockState(Guid key, ContentType type)
{
    public Guid Key { get; } = key;

    public ContentType Type { get; } = type;

    public Dictionary<string, FieldState> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the block is already shown in the culture being edited; saving the form shows it there.</summary>
    public bool Exposed { get; set; } = true;
}

public sealed record LinkState(string Url, string Name, string Content);

/// <summary>
/// Moves property values between the three forms they take: the editors' stored strings, the posted form fields
/// (named by path: <c>f.contacts.0.phone</c>), and the raw strings handed to <see cref="SaveContent"/>, whose editors
/// do all validation and sanitising.
/// </summary>
public sealed class EditorForm(ContentSchema schema)
{
    public const string Prefix = "f.";

    public ContentSchema Schema { get; } = schema;

    /// <summary>
    /// The culture being edited ("" for an invariant item). A block of a culture-variant element shows and sends this
    /// culture's values of its variant properties; its invariant ones are shared by all cultures. The engine keeps the
    /// other cultures' values when the list is saved (block-level variance, as in Umbraco 15+).
    /// </summary>
    public string Culture { get; set; } = string.Empty;

    /// <summary>Whether a property inside a block of <paramref name="element"/> holds one value per culture here.</summary>
    public bool VariesInBlock(ContentType element, PropertyType property) =>
        Culture.Length > 0 && element.VariesByCulture && property.VariesByCulture;

    /// <summary>Every field of the form by its path, blocks' fields included, so operations can find the one they act on.</summary>
    public Dictionary<string, (PropertyType Property, FieldState State)> ByPath { get; } = new(StringComparer.Ordinal);

    public static string Id(string path) => "fld-" + path.Replace('.', '-');

    public FieldState FromStored(PropertyType property, string? stored)
    {
        var state = new FieldState();
        if (string.IsNullOrEmpty(stored))
        {
            return state;
        }

        switch (property.EditorAlias)
        {
            case "Umbraco.RichText":
                state.Text = Markup(stored);
                break;
            case "Umbraco.DateTime":
                state.Text = DateTimeEditor.Parse(stored) is { } date
                    ? date.ToString(HasTime(property) ? "yyyy-MM-ddTHH:mm" : "yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : stored;
                break;
            case "Umbraco.Tags":
                state.Text = string.Join(", ", ReadList(stored));
                break;
            case "Umbraco.DropDown.Flexible" or "Umbraco.CheckBoxList":
                state.Items = ReadList(stored);
                break;
            case "Umbraco.ContentPicker" or "Umbraco.MultiNodeTreePicker":
                state.Items = stored.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
                break;
            case "Umbraco.MediaPicker3":
                foreach (var entry in ParseArray(stored).OfType<JsonObject>())
                {
                    state.Items.Add(entry["mediaKey"]?.GetValue<string>() ?? string.Empty);
                    state.EntryKey ??= entry["key"]?.GetValue<string>();
                }

                break;
            case "Umbraco.MultiUrlPicker":
                foreach (var link in ParseArray(stored).OfType<JsonObject>())
                {
                    var unique = link["unique"]?.GetValue<string>();
                    var type = link["type"]?.GetValue<string>() ?? "external";
                    state.Links.Add(new LinkState(link["url"]?.GetValue<string>() ?? string.Empty, link["name"]?.GetValue<string>() ?? string.Empty,
                        type == "document" && Guid.TryParse(unique, out var g) ? Udi.Document(g) : string.Empty));
                }

                break;
            case "Umbraco.BlockList":
                state.Blocks = ReadBlocks(stored);
                break;
            default:
                state.Text = stored;
                break;
        }

        return state;
    }

    public FieldState FromForm(PropertyType property, string path, IFormCollection form)
    {
        var state = new FieldState();
        switch (property.EditorAlias)
        {
            case "Umbraco.DropDown.Flexible" or "Umbraco.CheckBoxList" or "Umbraco.ContentPicker" or "Umbraco.MultiNodeTreePicker" or "Umbraco.MediaPicker3":
                state.Items = Values(form[path]).Where(v => v.Length > 0).ToList();
                state.EntryKey = form[path + ".entry"].FirstOrDefault();
                break;
            case "Umbraco.TrueFalse":
                state.Text = Values(form[path]).Contains("1") ? "1" : "0";
                break;
            case "Umbraco.MultiUrlPicker":
                for (var i = 0; form.ContainsKey($"{path}.{i}.url"); i++)
                {
                    state.Links.Add(new LinkState(form[$"{path}.{i}.url"].ToString().Trim(), form[$"{path}.{i}.name"].ToString().Trim(), form[$"{path}.{i}.content"].ToString()));
                }

                break;
            case "Umbraco.BlockList":
                for (var i = 0; form.ContainsKey($"{path}.{i}.key"); i++)
                {
                    if (!Guid.TryParse(form[$"{path}.{i}.key"], out var key) || !Guid.TryParse(form[$"{path}.{i}.type"], out var typeKey)
                        || Schema.GetContentType(typeKey) is not { IsElement: true } type)
                    {
                        continue;
                    }

                    var block = new BlockState(key, type) { Exposed = form[$"{path}.{i}.exposed"] != "0" };
                    foreach (var p in Schema.PropertiesOf(type))
                    {
                        block.Fields[p.Alias] = FromForm(p, $"{path}.{i}.{p.Alias}", form);
                    }

                    state.Blocks.Add(block);
                }

                break;
            default:
                state.Text = form[path].ToString();
                break;
        }

        ByPath[path] = (property, state);
        return state;
    }

    /// <summary>Registers a field (and its blocks' fields) under its path, for a form built from stored values.</summary>
    public void Register(PropertyType property, string path, FieldState state)
    {
        ByPath[path] = (property, state);
        for (var i = 0; i < state.Blocks.Count; i++)
        {
            foreach (var p in Schema.PropertiesOf(state.Blocks[i].Type))
            {
                if (state.Blocks[i].Fields.TryGetValue(p.Alias, out var inner))
                {
                    Register(p, $"{path}.{i}.{p.Alias}", inner);
                }
            }
        }
    }

    /// <summary>The string the property's editor normalises; null for "no value".</summary>
    public string? ToRaw(PropertyType property, FieldState state) => property.EditorAlias switch
    {
        "Umbraco.DropDown.Flexible" or "Umbraco.CheckBoxList" => state.Items.Count == 0 ? null : JsonSerializer.Serialize(state.Items),
        "Umbraco.ContentPicker" => state.Items.FirstOrDefault(),
        "Umbraco.MultiNodeTreePicker" => state.Items.Count == 0 ? null : string.Join(',', state.Items),
        "Umbraco.MediaPicker3" => state.Items.Count == 0
            ? null
            : new JsonArray(state.Items.Select((m, i) => (JsonNode)new JsonObject
            {
                ["key"] = i == 0 && Guid.TryParse(state.EntryKey, out var k) ? k.ToString() : Guid.NewGuid().ToString(),
                ["mediaKey"] = m,
            }).ToArray()).ToJsonString(),
        "Umbraco.MultiUrlPicker" => LinksRaw(state.Links),
        "Umbraco.BlockList" => BlocksRaw(state.Blocks),
        _ => string.IsNullOrWhiteSpace(state.Text) ? null : state.Text,
    };

    /// <summary>Field-level errors inside blocks, by path: the block editor itself reports only the first, for the whole list.</summary>
    public Dictionary<string, string> BlockErrors()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var context = new EditorContext(Schema);
        foreach (var (path, (property, state)) in ByPath.Where(p => IsInBlock(p.Key)))
        {
            var result = PropertyValidator.Validate(property, ToRaw(property, state), context);
            if (!result.IsValid)
            {
                errors[path] = result.Error!;
            }
        }

        return errors;
    }

    public static bool IsInBlock(string path) => path.Count(c => c == '.') > 1;

    /// <summary>A date picker whose configured format shows the time gets a date-and-time input.</summary>
    public bool HasTime(PropertyType property) =>
        Schema.DataTypeOf(property).ConfigString("format")?.Contains("HH", StringComparison.Ordinal) == true;

    public HashSet<Guid> AllowedBlocks(PropertyType property) => BlockListEditor.AllowedElementKeys(Schema.DataTypeOf(property));

    private static string? LinksRaw(List<LinkState> links)
    {
        var array = new JsonArray();
        foreach (var link in links.Where(l => l.Url.Length > 0 || l.Content.Length > 0 || l.Name.Length > 0))
        {
            array.Add(Udi.TryParse(link.Content, out _, out var key)
                ? new JsonObject { ["name"] = link.Name, ["type"] = "document", ["unique"] = key.ToString() }
                : new JsonObject { ["name"] = link.Name, ["type"] = "external", ["url"] = link.Url });
        }

        return array.Count == 0 ? null : array.ToJsonString();
    }

    private string? BlocksRaw(List<BlockState> blocks)
    {
        if (blocks.Count == 0)
        {
            return null;
        }

        var layout = new JsonArray();
        var content = new JsonArray();
        var expose = new JsonArray();
        foreach (var block in blocks)
        {
            layout.Add(new JsonObject { ["contentKey"] = block.Key.ToString() });
            var values = new JsonArray();
            foreach (var p in Schema.PropertiesOf(block.Type))
            {
                var raw = block.Fields.TryGetValue(p.Alias, out var f) ? ToRaw(p, f) : null;
                if (raw is not null)
                {
                    values.Add(new JsonObject { ["alias"] = p.Alias, ["culture"] = VariesInBlock(block.Type, p) ? Culture : null, ["value"] = raw });
                }
            }

            content.Add(new JsonObject { ["contentTypeKey"] = block.Type.Key.ToString(), ["key"] = block.Key.ToString(), ["values"] = values });

            // Saved in this culture, the block is shown in it (the other cultures' entries are kept by the engine).
            expose.Add(new JsonObject { ["contentKey"] = block.Key.ToString(), ["culture"] = Culture.Length > 0 && block.Type.VariesByCulture ? Culture : null });
        }

        return new JsonObject
        {
            ["layout"] = new JsonObject { ["Umbraco.BlockList"] = layout },
            ["contentData"] = content,
            ["expose"] = expose,
        }.ToJsonString();
    }

    private List<BlockState> ReadBlocks(string stored)
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

        var data = (root?["contentData"] as JsonArray)?.OfType<JsonObject>()
            .Where(c => Guid.TryParse(c["key"]?.GetValue<string>(), out _))
            .ToDictionary(c => Guid.Parse(c["key"]!.GetValue<string>())) ?? [];
        var expose = (root?["expose"] as JsonArray)?.OfType<JsonObject>().ToList();
        foreach (var entry in (root?["layout"]?["Umbraco.BlockList"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (!Guid.TryParse(entry["contentKey"]?.GetValue<string>(), out var key) || !data.TryGetValue(key, out var element)
                || !Guid.TryParse(element["contentTypeKey"]?.GetValue<string>(), out var typeKey) || Schema.GetContentType(typeKey) is not { IsElement: true } type)
            {
                continue;
            }

            var block = new BlockState(key, type)
            {
                Exposed = expose is null || expose.Any(e => e["contentKey"]?.GetValue<string>() is { } k && Guid.TryParse(k, out var g) && g == key
                    && (e["culture"]?.GetValue<string>() is not { Length: > 0 } c || !type.VariesByCulture || Culture.Length == 0 || string.Equals(c, Culture, StringComparison.OrdinalIgnoreCase))),
            };
            var values = (element["values"] as JsonArray)?.OfType<JsonObject>().Where(v => v["alias"] is not null).ToList() ?? [];
            foreach (var p in Schema.PropertiesOf(type))
            {
                block.Fields[p.Alias] = FromStored(p, BlockListEditor.AsRaw(ValueIn(values, p.Alias, VariesInBlock(type, p) ? Culture : null)));
            }

            result.Add(block);
        }

        return result;
    }

    /// <summary>
    /// A block's value for the culture being edited (null: the invariant value). Values stored before the property
    /// varied have no culture and count as the default language's, as the engine aligns them.
    /// </summary>
    private JsonNode? ValueIn(List<JsonObject> values, string alias, string? culture)
    {
        string? CultureOf(JsonObject v) => v["culture"]?.GetValue<string>() is { Length: > 0 } c ? c : null;
        var own = values.Where(v => v["alias"]!.GetValue<string>() == alias).ToList();
        var match = own.LastOrDefault(v => string.Equals(CultureOf(v), culture, StringComparison.OrdinalIgnoreCase));
        if (match is null && (culture is null || string.Equals(culture, Schema.DefaultCulture, StringComparison.OrdinalIgnoreCase)))
        {
            match = own.LastOrDefault(v => string.Equals(CultureOf(v) ?? culture, culture ?? Schema.DefaultCulture, StringComparison.OrdinalIgnoreCase));
        }

        return match?["value"];
    }

    public BlockState NewBlock(ContentType type)
    {
        var block = new BlockState(Guid.NewGuid(), type);
        foreach (var p in Schema.PropertiesOf(type))
        {
            block.Fields[p.Alias] = new FieldState();
        }

        return block;
    }

    private static string Markup(string stored)
    {
        if (!stored.TrimStart().StartsWith('{'))
        {
            return stored;
        }

        try
        {
            return (JsonNode.Parse(stored) as JsonObject)?["markup"]?.GetValue<string>() ?? string.Empty;
        }
        catch (JsonException)
        {
            return stored;
        }
    }

    private static List<string> ReadList(string stored)
    {
        if (!stored.TrimStart().StartsWith('['))
        {
            return stored.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        }

        return ParseArray(stored).Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList();
    }

    private static JsonArray ParseArray(string stored)
    {
        try
        {
            return JsonNode.Parse(stored) as JsonArray ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static IEnumerable<string> Values(StringValues values) => values.Select(v => v ?? string.Empty);
}
