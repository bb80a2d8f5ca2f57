using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>
/// An item's property values: the content type's shared <see cref="PublishedPropertyType"/>s and alias map, one slot
/// per value (per culture for per-culture properties), and the stored values' UTF-8 in one buffer. A large catalogue
/// holds millions of values, so there is no object per property (a <see cref="PublishedProperty"/> is made only when
/// asked for), no array per value and no dictionary per item.
/// <para>
/// A value stays as stored until its first read, then its slot keeps the converted value: most of a large catalogue
/// is never read between two restarts, and converting all of it was most of the start-up time.
/// </para>
/// </summary>
public sealed class PropertyMap : IReadOnlyDictionary<string, PublishedProperty>
{
    private static readonly ConditionalWeakTable<PublishedPropertyType[], FrozenDictionary<string, int>> Positions = new();

    // Marks a slot whose value has not been converted yet (a converted value may itself be null).
    private static readonly object NotConverted = new();

    private readonly PublishedPropertyType[] _types;
    private readonly FrozenDictionary<string, int> _positions;
    private readonly string[] _cultures;
    private readonly object?[] _slots;

    // Stored value i is _data[_spans[2i] .. + _spans[2i + 1]], or null when its length is -1.
    private readonly byte[] _data;
    private readonly int[] _spans;

    /// <param name="spans">Per value (see <see cref="PublishedPropertyType.FirstSlot"/>): offset into <paramref name="data"/> and length, -1 for none.</param>
    internal PropertyMap(PublishedPropertyType[] types, string[] cultures, byte[] data, int[] spans)
    {
        _types = types;
        _positions = PositionsOf(types);
        _cultures = cultures;
        _data = data;
        _spans = spans;
        _slots = new object?[spans.Length / 2];
        Array.Fill(_slots, NotConverted);
    }

    /// <summary>Alias → position among the types, shared by every item of the content type.</summary>
    internal static FrozenDictionary<string, int> PositionsOf(PublishedPropertyType[] types) =>
        Positions.GetValue(types, t => t.Select((p, i) => (p.Alias, i)).ToFrozenDictionary(x => x.Alias, x => x.i, StringComparer.Ordinal));

    /// <summary>
    /// The map of an item with the given cultures (shared by its per-culture properties), its stored values (UTF-8,
    /// null for none) copied into one buffer.
    /// </summary>
    internal static PropertyMap FromStored(PublishedPropertyType[] types, string[] cultures, Func<string, string, byte[]?> stored)
    {
        var count = PublishedPropertyType.SlotCount(types, cultures.Length);
        var values = new byte[]?[count];
        var total = 0;
        foreach (var type in types)
        {
            var first = type.FirstSlot(cultures.Length);
            if (type.PerCulture)
            {
                for (var c = 0; c < cultures.Length; c++)
                {
                    values[first + c] = stored(type.Alias, cultures[c]);
                    total += values[first + c]?.Length ?? 0;
                }
            }
            else
            {
                values[first] = stored(type.Alias, string.Empty);
                total += values[first]?.Length ?? 0;
            }
        }

        var data = new byte[total];
        var at = 0;
        var spans = new int[count * 2];
        for (var i = 0; i < count; i++)
        {
            spans[2 * i] = at;
            if (values[i] is { } bytes)
            {
                bytes.CopyTo(data, at);
                spans[(2 * i) + 1] = bytes.Length;
                at += bytes.Length;
            }
            else
            {
                spans[(2 * i) + 1] = -1;
            }
        }

        return new PropertyMap(types, cultures, data, spans);
    }

    public int Count => _types.Length;

    /// <summary>The cultures the per-culture values are held for ("" alone for an item or element that does not vary).</summary>
    public IReadOnlyList<string> Cultures => _cultures;

    public IEnumerable<string> Keys => _types.Select(p => p.Alias);

    public IEnumerable<PublishedProperty> Values => Enumerable.Range(0, _types.Length).Select(i => new PublishedProperty(this, i));

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

    /// <summary>
    /// The value as <see cref="Value"/> gives it, but a value not converted yet is converted without being kept: for
    /// readers that go through the whole catalogue once (the search indexer), which would otherwise leave every value
    /// converted in memory.
    /// </summary>
    public object? Peek(string alias, string culture) => _positions.TryGetValue(alias, out var i) ? ValueAt(i, culture, keep: false) : null;

    internal PublishedPropertyType TypeAt(int index) => _types[index];

    internal object? ValueAt(int index, string culture, bool keep = true)
    {
        var type = _types[index];
        var first = type.FirstSlot(_cultures.Length);
        if (!type.PerCulture)
        {
            return type.Type.VariesByCulture && culture.Length != 0 ? null : Read(first, type, keep);
        }

        for (var c = 0; c < _cultures.Length; c++)
        {
            if (string.Equals(_cultures[c], culture, StringComparison.OrdinalIgnoreCase))
            {
                return Read(first + c, type, keep);
            }
        }

        return null;
    }

    // Lock-free: two readers may both convert; the first result wins and both return it.
    private object? Read(int slot, PublishedPropertyType type, bool keep)
    {
        var value = Volatile.Read(ref _slots[slot]);
        if (!ReferenceEquals(value, NotConverted))
        {
            return value;
        }

        var length = _spans[(2 * slot) + 1];
        var stored = length < 0 ? null : System.Text.Encoding.UTF8.GetString(_data, _spans[2 * slot], length);
        var converted = type.Editor.ToIntermediate(stored, type.DataType, type.Context);
        if (!keep)
        {
            return converted;
        }

        var previous = Interlocked.CompareExchange(ref _slots[slot], converted, NotConverted);
        return ReferenceEquals(previous, NotConverted) ? converted : previous;
    }

    public IEnumerator<KeyValuePair<string, PublishedProperty>> GetEnumerator() =>
        Enumerable.Range(0, _types.Length).Select(i => new KeyValuePair<string, PublishedProperty>(_types[i].Alias, new PublishedProperty(this, i))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
