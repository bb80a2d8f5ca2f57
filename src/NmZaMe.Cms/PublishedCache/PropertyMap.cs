using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>
/// An item's property values: the content type's shared <see cref="PublishedPropertyType"/>s and alias map, and one
/// slot per property. A large catalogue holds millions of values, so there is no object per property (a
/// <see cref="PublishedProperty"/> is made only when asked for) and no dictionary per item.
/// <para>
/// A slot holds the value as stored (UTF-8 bytes) until its first read, then the converted value: most of a large
/// catalogue is never read between two restarts, and converting all of it was most of the start-up time. A property
/// with a value per culture has an array of such slots, aligned with the item's cultures.
/// </para>
/// </summary>
public sealed class PropertyMap : IReadOnlyDictionary<string, PublishedProperty>
{
    private static readonly ConditionalWeakTable<PublishedPropertyType[], FrozenDictionary<string, int>> Positions = new();

    /// <summary>Stands for a stored null (a missing value) until converted; never handed out.</summary>
    private static readonly byte[] StoredNull = new byte[0];

    private readonly PublishedPropertyType[] _types;
    private readonly FrozenDictionary<string, int> _positions;
    private readonly object?[] _slots;
    private readonly string[] _cultures;

    /// <param name="types">From <see cref="PublishedPropertyType.Of"/>.</param>
    /// <param name="slots">Per property: the stored UTF-8 (<see cref="Stored"/>), or for a per-culture property an array of those aligned with <paramref name="cultures"/>.</param>
    /// <param name="cultures">The item's cultures, shared by its per-culture properties.</param>
    internal PropertyMap(PublishedPropertyType[] types, object?[] slots, string[] cultures)
    {
        _types = types;
        _positions = Positions.GetValue(types, t => t.Select((p, i) => (p.Alias, i)).ToFrozenDictionary(x => x.Alias, x => x.i, StringComparer.Ordinal));
        _slots = slots;
        _cultures = cultures;
    }

    /// <summary>A slot for a stored value (null when the item has none), converted on first read.</summary>
    internal static object Stored(byte[]? utf8) => utf8 ?? StoredNull;

    /// <summary>A stored string value as a slot: UTF-8 is half the memory of the string while it waits for its first read.</summary>
    internal static object Stored(string? stored) => stored is null ? StoredNull : System.Text.Encoding.UTF8.GetBytes(stored);

    public int Count => _slots.Length;

    public IEnumerable<string> Keys => _types.Select(p => p.Alias);

    public IEnumerable<PublishedProperty> Values => Enumerable.Range(0, _slots.Length).Select(i => new PublishedProperty(this, i));

    public PublishedProperty this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => _positions.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out PublishedProperty value)
    {
        if (_positions.TryGetValue(key, out var i))
        {
            value = new PublishedProperty(this, i);
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>The value of a property in a culture ("" for invariant ones), without making a <see cref="PublishedProperty"/>.</summary>
    public object? Value(string alias, string culture) => _positions.TryGetValue(alias, out var i) ? ValueAt(i, culture) : null;

    internal PublishedPropertyType TypeAt(int index) => _types[index];

    internal object? ValueAt(int index, string culture)
    {
        var type = _types[index];
        if (!type.PerCulture)
        {
            if (type.Type.VariesByCulture && culture.Length != 0)
            {
                return null;
            }

            return Read(ref _slots[index], type);
        }

        var perCulture = (object?[])_slots[index]!;
        for (var i = 0; i < _cultures.Length; i++)
        {
            if (string.Equals(_cultures[i], culture, StringComparison.OrdinalIgnoreCase))
            {
                return Read(ref perCulture[i], type);
            }
        }

        return null;
    }

    // Lock-free: two readers may both convert; the first result wins and both return it.
    private static object? Read(ref object? slot, PublishedPropertyType type)
    {
        var value = Volatile.Read(ref slot);
        if (value is not byte[] stored)
        {
            return value is ConvertedBytes box ? box.Value : value;
        }

        var converted = type.Editor.ToIntermediate(
            ReferenceEquals(stored, StoredNull) ? null : System.Text.Encoding.UTF8.GetString(stored), type.DataType, type.Context);
        // Bytes in a slot mean "not converted yet"; a converted value that is itself bytes is boxed.
        object? kept = converted is byte[] bytes ? new ConvertedBytes(bytes) : converted;
        var previous = Interlocked.CompareExchange(ref slot, kept, stored);
        return ReferenceEquals(previous, stored) ? converted : previous is ConvertedBytes earlier ? earlier.Value : previous;
    }

    public IEnumerator<KeyValuePair<string, PublishedProperty>> GetEnumerator() =>
        Enumerable.Range(0, _slots.Length).Select(i => new KeyValuePair<string, PublishedProperty>(_types[i].Alias, new PublishedProperty(this, i))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed record ConvertedBytes(byte[] Value);
}
