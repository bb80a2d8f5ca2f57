using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>
/// A property value as the snapshot holds it, per culture ("" = invariant). Kept as two small arrays rather than a
/// dictionary, since a large catalogue holds millions of these. A value built from stored data is converted on its
/// first read, not at load: most of a large catalogue is never read between two restarts, and converting all of it
/// was most of the start-up time.
/// </summary>
public sealed class PublishedProperty
{
    // Marks a slot whose stored value has not been converted yet (a converted value may itself be null).
    private static readonly object Pending = new();

    private readonly string[]? _cultures;
    private readonly object?[]? _values;
    private readonly byte[]?[]? _storedValues;
    private readonly EditorContext? _context;
    private object? _invariant;
    private byte[]? _stored;

    public PublishedProperty(PropertyType type, DataType dataType, IPropertyEditor editor, IReadOnlyDictionary<string, object?> values)
    {
        Type = type;
        DataType = dataType;
        Editor = editor;
        if (values.Count == 1 && values.TryGetValue(string.Empty, out var invariant))
        {
            // Most properties are invariant: one value, no arrays.
            _invariant = invariant;
            return;
        }

        _cultures = values.Keys.ToArray();
        _values = values.Values.ToArray();
    }

    /// <summary>A stored value as UTF-8, half the memory of the string while it waits for its first read.</summary>
    internal static byte[]? Utf8(string? stored) => stored is null ? null : stored.Length == 0 ? [] : System.Text.Encoding.UTF8.GetBytes(stored);

    /// <summary>An invariant value kept as stored (UTF-8) until first read.</summary>
    internal PublishedProperty(PropertyType type, DataType dataType, IPropertyEditor editor, EditorContext context, byte[]? stored)
    {
        Type = type;
        DataType = dataType;
        Editor = editor;
        _context = context;
        _stored = stored;
        _invariant = Pending;
    }

    /// <summary>Values per culture kept as stored until first read; <paramref name="cultures"/> may be shared by an item's properties.</summary>
    internal PublishedProperty(PropertyType type, DataType dataType, IPropertyEditor editor, EditorContext context, string[] cultures, byte[]?[] stored)
    {
        Type = type;
        DataType = dataType;
        Editor = editor;
        _context = context;
        _cultures = cultures;
        _storedValues = stored;
        _values = new object?[cultures.Length];
        Array.Fill(_values, Pending);
    }

    public PropertyType Type { get; }

    public DataType DataType { get; }

    public IPropertyEditor Editor { get; }

    public string Alias => Type.Alias;

    public object? Value(string culture)
    {
        var wanted = Type.VariesByCulture ? culture : string.Empty;
        if (_cultures is null)
        {
            if (wanted.Length != 0)
            {
                return null;
            }

            var value = Volatile.Read(ref _invariant);
            return ReferenceEquals(value, Pending) ? Convert(ref _invariant, ref _stored) : value;
        }

        for (var i = 0; i < _cultures.Length; i++)
        {
            if (string.Equals(_cultures[i], wanted, StringComparison.OrdinalIgnoreCase))
            {
                var value = Volatile.Read(ref _values![i]);
                return ReferenceEquals(value, Pending) ? Convert(ref _values[i], ref _storedValues![i]) : value;
            }
        }

        return null;
    }

    // Lock-free: two readers may both convert, the first result wins and both return it. The stored text is dropped
    // after the converted value is published; a reader that finds it dropped is guaranteed to see that value.
    private object? Convert(ref object? slot, ref byte[]? stored)
    {
        var raw = Volatile.Read(ref stored);
        var value = Volatile.Read(ref slot);
        if (!ReferenceEquals(value, Pending))
        {
            return value;
        }

        var converted = Editor.ToIntermediate(raw is null ? null : System.Text.Encoding.UTF8.GetString(raw), DataType, _context!);
        value = Interlocked.CompareExchange(ref slot, converted, Pending);
        if (!ReferenceEquals(value, Pending))
        {
            return value;
        }

        Volatile.Write(ref stored, null);
        return converted;
    }
}
