using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>
/// An item's properties: one alias-to-position map shared by every item of the content type, and an array. A large
/// catalogue holds hundreds of thousands of items and block elements, so a dictionary each would cost hundreds of MB.
/// </summary>
public sealed class PropertyMap : IReadOnlyDictionary<string, PublishedProperty>
{
    private static readonly ConditionalWeakTable<ContentType, FrozenDictionary<string, int>> Positions = new();

    private readonly FrozenDictionary<string, int> _positions;
    private readonly PublishedProperty[] _properties;

    /// <param name="properties">The type's properties in <see cref="ContentSchema.PropertiesOf"/> order.</param>
    public PropertyMap(ContentType type, PublishedProperty[] properties)
    {
        _positions = Positions.GetValue(type, _ => properties.Select((p, i) => (p.Alias, i)).ToFrozenDictionary(x => x.Alias, x => x.i, StringComparer.Ordinal));
        if (_positions.Count != properties.Length)
        {
            // Every schema load creates new type objects, so a type's properties never change; this only guards misuse.
            _positions = properties.Select((p, i) => (p.Alias, i)).ToFrozenDictionary(x => x.Alias, x => x.i, StringComparer.Ordinal);
        }

        _properties = properties;
    }

    public int Count => _properties.Length;

    public IEnumerable<string> Keys => _properties.Select(p => p.Alias);

    public IEnumerable<PublishedProperty> Values => _properties;

    public PublishedProperty this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => _positions.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out PublishedProperty value)
    {
        if (_positions.TryGetValue(key, out var i))
        {
            value = _properties[i];
            return true;
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, PublishedProperty>> GetEnumerator() =>
        _properties.Select(p => new KeyValuePair<string, PublishedProperty>(p.Alias, p)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
