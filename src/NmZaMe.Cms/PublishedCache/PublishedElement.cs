using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>An element (block content or settings): a key, its element type and its properties.</summary>
public class PublishedElement(Guid key, ContentType contentType, PropertyMap properties)
{
    public Guid Key { get; } = key;

    public ContentType ContentType { get; } = contentType;

    public PropertyMap Properties { get; } = properties;

    public object? Value(string alias, string culture) => Properties.Value(alias, culture);

    /// <inheritdoc cref="PropertyMap.Peek"/>
    public object? Peek(string alias, string culture) => Properties.Peek(alias, culture);
}
