using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>
/// One property of an item: a view over the item's <see cref="PropertyMap"/>, made when asked for. The values live in
/// the map, so a large catalogue holds no object per property.
/// </summary>
public sealed class PublishedProperty
{
    private readonly PropertyMap _map;
    private readonly int _index;

    internal PublishedProperty(PropertyMap map, int index)
    {
        _map = map;
        _index = index;
    }

    public PublishedPropertyType PropertyType => _map.TypeAt(_index);

    public PropertyType Type => PropertyType.Type;

    public DataType DataType => PropertyType.DataType;

    public IPropertyEditor Editor => PropertyType.Editor;

    public string Alias => PropertyType.Alias;

    public object? Value(string culture) => _map.ValueAt(_index, culture);
}
