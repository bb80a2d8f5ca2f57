using System.Text.Json;
using System.Text.Json.Nodes;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

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
            return EditorResult.Fail(EditorCodes.RichTextMalformed);
        }

        if (markup.Length > 200_000)
        {
            return EditorResult.Fail(EditorCodes.RichTextTooLong);
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
        writer.WriteString("markup", DeliveryMarkup(value.Markup, output));
        writer.WriteStartArray("blocks");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// References resolved as Umbraco 17's <c>ApiRichTextMarkupParser</c> does (PR #20846, seen in Umbraco 17.5 output):
    /// a document link's href becomes its route path in the request's culture, followed by <c>data-destination-id</c>,
    /// <c>data-destination-type</c>, <c>data-start-item-path</c>, <c>data-start-item-id</c> and
    /// <c>data-link-type="Content"</c>; a media link's href the media URL (<c>data-link-type="Media"</c>); an image's src
    /// the media URL; a link to something not routable in the culture loses its href.
    /// </summary>
    internal static string DeliveryMarkup(string markup, IDeliveryOutput output) =>
        RichTextReferences.Resolve(
            markup,
            (kind, key) => kind == RichTextLinkKind.Media
                ? output.FindMedia(key) is { } media && output.MediaUrl(key) is { } mediaUrl
                    ? [new("href", mediaUrl), new("data-destination-id", key.ToString()), new("data-destination-type", media.ContentType.Alias), new("data-link-type", "Media")]
                    : null
                : output.FindContent(key) is { } content && output.Route(key) is { } route
                    ? [new("href", route.Path), new("data-destination-id", key.ToString()), new("data-destination-type", content.ContentType.Alias),
                        new("data-start-item-path", route.StartItemPath), new("data-start-item-id", route.StartItemId.ToString()), new("data-link-type", "Content")]
                    : null,
            key => output.MediaUrl(key) is { } url ? [new("src", url)] : null);

    public IEnumerable<string> Text(object? intermediate) => intermediate is RichTextValue v ? [v.PlainText] : [];
}
