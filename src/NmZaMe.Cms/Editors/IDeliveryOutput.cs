using System.Text.Json;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Editors;

/// <summary>The Delivery API's view of the snapshot while one response is written.</summary>
public interface IDeliveryOutput
{
    string Culture { get; }

    /// <summary>Writes a picked content item (shallow unless expanded) or null when it is not published in the culture.</summary>
    bool TryWriteContent(Utf8JsonWriter writer, Guid key, PropertyExpansion? expand, PropertyExpansion? fields);

    bool TryWriteMedia(Utf8JsonWriter writer, Guid mediaKey, MediaPickerEntry? entry, PropertyExpansion? expand, PropertyExpansion? fields);

    void WriteElement(Utf8JsonWriter writer, PublishedElement element, PropertyExpansion? expand, PropertyExpansion? fields);

    void WriteRoute(Utf8JsonWriter writer, Guid key);

    /// <summary>The item's route in the culture (path "/a/b/" and its start item), or null when it is not routable.</summary>
    DeliveryRoute? Route(Guid key);

    PublishedContent? FindContent(Guid key);

    PublishedContent? FindMedia(Guid key);

    string? MediaUrl(Guid key);
}

/// <summary>An item's route as the Delivery API writes it: <c>{"path","startItem":{"id","path"}}</c>.</summary>
public sealed record DeliveryRoute(string Path, Guid StartItemId, string StartItemPath);
