using System.Text.Json;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Delivery;

/// <summary>Writes content, media and elements in Umbraco's Delivery API v2 JSON shapes (contentType first, camelCase).</summary>
public sealed class DeliveryJsonWriter(DeliveryRequest request) : IDeliveryOutput
{
    private const string DateFormat = "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ";
    private int _depth;

    public string Culture => request.Culture;

    private PublishedSnapshot Snapshot => request.Snapshot;

    /// <summary>A full content item (<c>IApiContentResponseModel</c>): properties per expand/fields, and cultures.</summary>
    public void WriteContentItem(Utf8JsonWriter writer, PublishedContent content, PropertyExpansion? expand, PropertyExpansion? fields) =>
        WriteContent(writer, content, expand, fields, withProperties: true, withCultures: true);

    /// <summary>A content item as Umbraco's <c>IApiContent</c> (all properties, no cultures): the Legacy webhook payload.</summary>
    public void WriteApiContent(Utf8JsonWriter writer, PublishedContent content) =>
        WriteContent(writer, content, expand: null, fields: null, withProperties: true, withCultures: false);

    /// <summary>One culture of a content item for the Extended webhook payload: <c>{"path","startItem","properties"}</c>.</summary>
    public void WriteCultureOf(Utf8JsonWriter writer, PublishedContent content)
    {
        var root = Snapshot.RootOf(content);
        writer.WriteStartObject();
        writer.WriteString("path", request.RoutePath(content, Culture) ?? "/");
        writer.WriteStartObject("startItem");
        writer.WriteString("id", root.Key);
        writer.WriteString("path", StartItemPath(root, Culture));
        writer.WriteEndObject();
        WriteProperties(writer, content, null, null);
        writer.WriteEndObject();
    }

    public void WritePaged(Utf8JsonWriter writer, long total, IEnumerable<PublishedContent> items, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        writer.WriteStartObject();
        writer.WriteNumber("total", total);
        writer.WriteStartArray("items");
        foreach (var item in items)
        {
            WriteContentItem(writer, item, expand, fields);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public bool TryWriteContent(Utf8JsonWriter writer, Guid key, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        if (Snapshot.Get(key) is not { } content || !Snapshot.IsRoutable(content, Culture))
        {
            return false;
        }

        // A picked item is shallow (properties: {}) unless the picker property was expanded.
        WriteContent(writer, content, expand, fields, withProperties: expand is not null, withCultures: false);
        return true;
    }

    public bool TryWriteMedia(Utf8JsonWriter writer, Guid mediaKey, MediaPickerEntry? entry, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        if (!Snapshot.Media.TryGetValue(mediaKey, out var media))
        {
            return false;
        }

        writer.WriteStartObject();
        WriteRaw(writer, "focalPoint", entry?.FocalPointJson);
        if (entry?.CropsJson is { } crops)
        {
            WriteRaw(writer, "crops", crops);
        }
        else
        {
            writer.WriteStartArray("crops");
            writer.WriteEndArray();
        }

        WriteMediaBody(writer, media, expand, fields);
        writer.WriteEndObject();
        return true;
    }

    /// <summary>A media item as the media endpoints return it (<c>IApiMediaWithCropsResponseModel</c>).</summary>
    public void WriteMediaItem(Utf8JsonWriter writer, PublishedContent media, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        writer.WriteStartObject();
        writer.WriteString("path", MediaPath(media));
        writer.WriteString("createDate", media.CreateDate.ToString(DateFormat, System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("updateDate", media.UpdateDate.ToString(DateFormat, System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteNull("focalPoint");
        writer.WriteStartArray("crops");
        writer.WriteEndArray();
        WriteMediaBody(writer, media, expand, fields);
        writer.WriteEndObject();
    }

    public void WriteElement(Utf8JsonWriter writer, PublishedElement element, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        writer.WriteStartObject();
        writer.WriteString("contentType", element.ContentType.Alias);
        writer.WriteString("id", element.Key);
        WriteProperties(writer, element, expand, fields);
        writer.WriteEndObject();
    }

    public void WriteRoute(Utf8JsonWriter writer, Guid key)
    {
        if (Snapshot.Get(key) is { } content && request.RoutePath(content, Culture) is { } path)
        {
            WriteRoute(writer, content, path, Culture);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    public DeliveryRoute? Route(Guid key) =>
        Snapshot.Get(key) is { } content && request.RoutePath(content, Culture) is { } path
            ? new DeliveryRoute(path, Snapshot.RootOf(content).Key, StartItemPath(Snapshot.RootOf(content), Culture))
            : null;

    public PublishedContent? FindContent(Guid key) => Snapshot.Get(key) is { } c && Snapshot.IsRoutable(c, Culture) ? c : null;

    public PublishedContent? FindMedia(Guid key) => Snapshot.Media.GetValueOrDefault(key);

    public string? MediaUrl(Guid key) => Snapshot.MediaUrl(key);

    private void WriteContent(Utf8JsonWriter writer, PublishedContent content, PropertyExpansion? expand, PropertyExpansion? fields, bool withProperties, bool withCultures)
    {
        writer.WriteStartObject();
        writer.WriteString("contentType", content.ContentType.Alias);
        writer.WriteString("name", content.Name(Culture));
        writer.WriteString("createDate", content.CreateDate.ToString(DateFormat, System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("updateDate", (content.Culture(Culture)?.UpdateDate ?? content.UpdateDate).ToString(DateFormat, System.Globalization.CultureInfo.InvariantCulture));
        writer.WritePropertyName("route");
        WriteRoute(writer, content, request.RoutePath(content, Culture) ?? "/", Culture);
        writer.WriteString("id", content.Key);
        if (withProperties && _depth < 16)
        {
            _depth++;
            WriteProperties(writer, content, expand, fields);
            _depth--;
        }
        else
        {
            writer.WriteStartObject("properties");
            writer.WriteEndObject();
        }

        if (withCultures)
        {
            writer.WriteStartObject("cultures");
            if (content.VariesByCulture)
            {
                foreach (var language in Snapshot.Schema.Languages)
                {
                    if (request.RoutePath(content, language.IsoCode) is { } path)
                    {
                        // The ISO code as configured ("en-US"), as Umbraco 14+ writes it.
                        writer.WritePropertyName(language.IsoCode);
                        WriteRoute(writer, content, path, language.IsoCode);
                    }
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private void WriteRoute(Utf8JsonWriter writer, PublishedContent content, string path, string culture)
    {
        var root = Snapshot.RootOf(content);
        writer.WriteStartObject();
        writer.WriteString("path", path);
        writer.WriteStartObject("startItem");
        writer.WriteString("id", root.Key);
        writer.WriteString("path", StartItemPath(root, culture));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string StartItemPath(PublishedContent root, string culture) =>
        root.Culture(culture)?.UrlSegment ?? root.Cultures.Values.First().UrlSegment;

    private void WriteProperties(Utf8JsonWriter writer, PublishedElement element, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        writer.WriteStartObject("properties");
        foreach (var property in element.Properties.Values)
        {
            var alias = property.Alias;
            if (fields is not null && !fields.Includes(alias))
            {
                continue;
            }

            // Confidential locations never leave the server: no address properties on the wire.
            if (IsConfidentialAddress(element, alias))
            {
                continue;
            }

            writer.WritePropertyName(alias);
            if (alias == Catalogue.ServiceAlert.Alert && !Catalogue.ServiceAlert.IsCurrent(element, request.Now))
            {
                writer.WriteNullValue();
                continue;
            }

            var nestedExpand = expand is not null && expand.Includes(alias) ? expand.Nested(alias) ?? PropertyExpansion.Empty : null;
            property.Editor.WriteDelivery(writer, property.Value(Culture), property.DataType, this, nestedExpand, fields?.Nested(alias));
        }

        writer.WriteEndObject();
    }

    internal static bool IsConfidentialAddress(PublishedElement element, string alias) =>
        alias is "street" or "postcode" or "city" && element.Value("confidentialLocation", string.Empty) is true;

    private void WriteMediaBody(Utf8JsonWriter writer, PublishedContent media, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        var url = Snapshot.MediaUrl(media.Key);
        writer.WriteString("id", media.Key);
        writer.WriteString("name", media.Name(string.Empty));
        writer.WriteString("mediaType", media.ContentType.Alias);
        writer.WriteString("url", url);
        var extension = media.Value("umbracoExtension", string.Empty) as string ?? (url is null ? null : Path.GetExtension(url).TrimStart('.'));
        writer.WriteString("extension", string.IsNullOrEmpty(extension) ? null : extension);
        WriteInt(writer, "width", media.Value("umbracoWidth", string.Empty));
        WriteInt(writer, "height", media.Value("umbracoHeight", string.Empty));
        WriteInt(writer, "bytes", media.Value("umbracoBytes", string.Empty));
        writer.WriteStartObject("properties");
        foreach (var property in media.Properties.Values.Where(p => !p.Alias.StartsWith("umbraco", StringComparison.Ordinal)))
        {
            if (fields is null || fields.Includes(property.Alias))
            {
                writer.WritePropertyName(property.Alias);
                property.Editor.WriteDelivery(writer, property.Value(string.Empty), property.DataType, this, expand?.Nested(property.Alias), fields?.Nested(property.Alias));
            }
        }

        writer.WriteEndObject();
    }

    private string MediaPath(PublishedContent media)
    {
        var names = new List<string> { media.Name(string.Empty) ?? string.Empty };
        var parent = media.ParentKey;
        while (parent is { } p && Snapshot.Media.TryGetValue(p, out var folder) && names.Count < 100)
        {
            names.Insert(0, folder.Name(string.Empty) ?? string.Empty);
            parent = folder.ParentKey;
        }

        return "/" + string.Join('/', names.Select(n => n.ToLowerInvariant())) + "/";
    }

    private static void WriteInt(Utf8JsonWriter writer, string name, object? value)
    {
        if (value is string s && int.TryParse(s, out var i))
        {
            writer.WriteNumber(name, i);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteRaw(Utf8JsonWriter writer, string name, string? json)
    {
        writer.WritePropertyName(name);
        if (json is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteRawValue(json, skipInputValidation: false);
        }
    }
}
