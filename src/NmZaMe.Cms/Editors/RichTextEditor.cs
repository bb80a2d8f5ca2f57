using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Editors;

/// <summary>Umbraco.RichText: stored as <c>{"blocks":{…},"markup":"…"}</c>, markup sanitised on the way in.</summary>
public sealed partial class RichTextEditor : IPropertyEditor
{
    public string Alias => "Umbraco.RichText";

    public EditorResult Normalise(string? raw, DataType dataType, EditorContext context)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return EditorResult.Ok(null);
        }

        var text = raw.Trim();
        var (markup, blocks) = Stored(text) ?? (text, null);
        if (markup is null)
        {
            return EditorResult.Fail("Besedilo ni v pravi obliki.");
        }

        if (markup.Length > 200_000)
        {
            return EditorResult.Fail("Besedilo je predolgo.");
        }

        var clean = HtmlSanitizer.Sanitize(markup);
        if (clean.Length == 0)
        {
            return EditorResult.Ok(null);
        }

        return EditorResult.Ok(Serialize(clean, blocks));
    }

    /// <summary>
    /// Umbraco's stored shape, <c>{"blocks":…,"markup":…}</c>, or null when the value is plain markup. Text that merely
    /// starts with "{" (a rich text beginning "{{ime}}") is markup, not a broken JSON value. A null markup: the shape
    /// with a markup that is not text.
    /// </summary>
    private static (string? Markup, JsonNode? Blocks)? Stored(string text)
    {
        if (!text.StartsWith('{'))
        {
            return null;
        }

        try
        {
            if (JsonNode.Parse(text) is JsonObject node && (node.ContainsKey("markup") || node.ContainsKey("blocks")))
            {
                var markup = node["markup"] switch
                {
                    null => string.Empty,
                    JsonValue m when m.TryGetValue<string>(out var value) => value,
                    _ => null,
                };
                return (markup, node["blocks"]?.DeepClone());
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    internal static string Serialize(string markup, JsonNode? blocks)
    {
        var value = new JsonObject
        {
            ["blocks"] = blocks ?? new JsonObject
            {
                ["contentData"] = new JsonArray(),
                ["settingsData"] = new JsonArray(),
                ["expose"] = new JsonArray(),
                ["Layout"] = new JsonObject(),
            },
            ["markup"] = markup,
        };
        return value.ToJsonString(JsonDefaults.Storage);
    }

    public object? ToIntermediate(string? stored, DataType dataType, EditorContext context)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return null;
        }

        var markup = stored;
        if (stored.TrimStart().StartsWith('{'))
        {
            try
            {
                using var doc = JsonDocument.Parse(stored);
                markup = doc.RootElement.TryGetProperty("markup", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : string.Empty;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return markup.Length == 0 ? null : new RichTextValue(markup);
    }

    public void WriteDelivery(Utf8JsonWriter writer, object? intermediate, DataType dataType, IDeliveryOutput output, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        if (intermediate is not RichTextValue value)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("markup", value.Markup.Contains("{localLink:", StringComparison.Ordinal) ? ResolveLocalLinks(value.Markup, output) : value.Markup);
        writer.WriteStartArray("blocks");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string ResolveLocalLinks(string markup, IDeliveryOutput output) =>
        LocalLink().Replace(markup, match =>
        {
            var key = Guid.TryParse(match.Groups["key"].Value.Replace("umb://document/", "", StringComparison.Ordinal), out var k) ? k : Guid.Empty;
            var route = output.RoutePath(key);
            return route is null ? string.Empty : $"href=\"{route}\"";
        });

    public IEnumerable<string> Text(object? intermediate) => intermediate is RichTextValue v ? [v.PlainText] : [];

    [GeneratedRegex("href=\"\\{localLink:(?<key>[^}\"]+)\\}\"")]
    private static partial Regex LocalLink();
}
