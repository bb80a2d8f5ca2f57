using System.Text.Json;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Editors;

public sealed class MultiUrlPickerEditor : IPropertyEditor
{
    public string Alias => "Umbraco.MultiUrlPicker";

    public EditorResult Normalise(string? raw, DataType dataType, EditorContext context)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return EditorResult.Ok(null);
        }

        var links = new List<Dictionary<string, object?>>();
        try
        {
            using var doc = JsonDocument.Parse(raw);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                return EditorResult.Fail(EditorCodes.LinksMalformed);
            }

            foreach (var item in doc.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    return EditorResult.Fail(EditorCodes.LinksMalformed);
                }

                var type = Str(item, "type") ?? (Str(item, "udi") is { } udi && udi.Contains("media", StringComparison.Ordinal) ? "media" : Str(item, "udi") is null ? "external" : "document");
                type = type.ToLowerInvariant();
                Guid? unique = Str(item, "unique") is { } u && Guid.TryParse(u, out var g) ? g
                    : Udi.TryParse(Str(item, "udi"), out _, out var ug) ? ug : null;
                var url = Str(item, "url");
                if (type is not ("external" or "document" or "media"))
                {
                    return EditorResult.Fail(EditorCodes.UnknownLinkType, type);
                }

                if (type == "external" && !UrlSafety.IsSafeLink(url))
                {
                    return EditorResult.Fail(EditorCodes.LinkNotAllowed, url);
                }

                if (type != "external" && unique is null)
                {
                    return EditorResult.Fail(EditorCodes.LinkWithoutDocument);
                }

                var name = Str(item, "name");
                if (name?.Length > 512)
                {
                    return EditorResult.Fail(EditorCodes.LinkTitleTooLong);
                }

                links.Add(new Dictionary<string, object?>
                {
                    ["icon"] = Str(item, "icon") ?? "icon-link",
                    ["name"] = name,
                    ["queryString"] = Str(item, "queryString"),
                    ["target"] = Str(item, "target") is "_blank" ? "_blank" : null,
                    ["trashed"] = false,
                    ["type"] = type,
                    ["unique"] = unique,
                    ["url"] = type == "external" ? url : null,
                });
            }
        }
        catch (JsonException)
        {
            return EditorResult.Fail(EditorCodes.LinksMalformed);
        }

        var max = dataType.Config["maxNumber"]?.GetValueKind() == JsonValueKind.Number ? dataType.Config["maxNumber"]!.GetValue<int>() : 0;
        if (max > 0 && links.Count > max)
        {
            return EditorResult.Fail(EditorCodes.TooManyLinks, max);
        }

        return EditorResult.Ok(links.Count == 0 ? null : JsonSerializer.Serialize(links, JsonDefaults.Storage));
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    public object? ToIntermediate(string? stored, DataType dataType, EditorContext context)
    {
        var links = new List<LinkValue>();
        if (string.IsNullOrEmpty(stored))
        {
            return links;
        }

        try
        {
            using var doc = JsonDocument.Parse(stored);
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                links.Add(new LinkValue(Str(item, "name"), Str(item, "url"), Str(item, "queryString"), Str(item, "target"),
                    Str(item, "type") ?? "external", Str(item, "unique") is { } u && Guid.TryParse(u, out var g) ? g : null));
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Umbraco outputs an empty array for an invalid value; so do we.
        }

        return links;
    }

    public void WriteDelivery(Utf8JsonWriter writer, object? intermediate, DataType dataType, IDeliveryOutput output, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        // No value is null, as Umbraco's ApiPropertyRenderer; an array only once a link was set.
        if (intermediate is not List<LinkValue> { Count: > 0 } links)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var link in links)
        {
            var content = link.Type == "document" && link.Unique is { } ck ? output.FindContent(ck) : null;
            var mediaUrl = link.Type == "media" && link.Unique is { } mk ? output.MediaUrl(mk) : null;
            if ((link.Type == "document" && content is null) || (link.Type == "media" && mediaUrl is null))
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("url", link.Type switch { "external" => link.Url + link.QueryString, "media" => mediaUrl + link.QueryString, _ => null });
            writer.WriteString("queryString", link.QueryString);
            // Without a name of its own a link is titled by what it points at (MultiUrlPickerValueConverterTests).
            writer.WriteString("title", link.Name is { Length: > 0 } name ? name
                : content?.Name(output.Culture) ?? (link.Type == "media" ? output.FindMedia(link.Unique!.Value)?.Name(string.Empty) : link.Name));
            writer.WriteString("target", link.Target);
            if (link.Type == "external")
            {
                writer.WriteNull("destinationId");
                writer.WriteNull("destinationType");
            }
            else
            {
                writer.WriteString("destinationId", link.Unique!.Value);
                writer.WriteString("destinationType", link.Type == "document" ? content!.ContentType.Alias : output.FindMedia(link.Unique!.Value)?.ContentType.Alias);
            }

            writer.WritePropertyName("route");
            if (content is not null)
            {
                output.WriteRoute(writer, content.Key);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteString("linkType", link.Type switch { "document" => "Content", "media" => "Media", _ => "External" });
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public IEnumerable<Guid> References(object? intermediate) =>
        (intermediate as List<LinkValue> ?? []).Where(l => l.Unique is not null).Select(l => l.Unique!.Value);
}
