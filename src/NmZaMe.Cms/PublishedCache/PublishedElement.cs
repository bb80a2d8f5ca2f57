using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>An element (block content or settings): a key, its element type and its properties.</summary>
public class PublishedElement(Guid key, ContentType contentType, IReadOnlyDictionary<string, PublishedProperty> properties)
{
    public Guid Key { get; } = key;

    public ContentType ContentType { get; } = contentType;

    public IReadOnlyDictionary<string, PublishedProperty> Properties { get; } = properties;

    public object? Value(string alias, string culture) => Properties.TryGetValue(alias, out var p) ? p.Value(culture) : null;
}
