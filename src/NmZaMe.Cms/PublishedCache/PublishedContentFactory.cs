using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>The row shape the snapshot is built from (published data only).</summary>
public sealed record PublishedSource(int Id, Guid Key, Guid? ParentKey, int Level, int SortOrder, string ContentTypeAlias, DateTime CreateDate, DateTime UpdateDate, string Data)
{
    /// <summary>The data as stored (UTF-8), when read that way; takes the place of <see cref="Data"/>.</summary>
    public ReadOnlyMemory<byte> Utf8Data { get; init; }

    internal ReadOnlyMemory<byte> Utf8 => Utf8Data.IsEmpty && Data.Length > 0 ? System.Text.Encoding.UTF8.GetBytes(Data) : Utf8Data;
}

/// <summary>Turns stored published data into a <see cref="PublishedContent"/>, values converted on first read.</summary>
public static class PublishedContentFactory
{
    public static PublishedContent? Create(PublishedSource source, ContentSchema schema) => Create(source, schema, null);

    /// <param name="arena">Where a bulk load keeps stored values; null gives the item a buffer of its own.</param>
    internal static PublishedContent? Create(PublishedSource source, ContentSchema schema, ValueArena? arena)
    {
        var type = schema.GetContentType(source.ContentTypeAlias);
        if (type is null)
        {
            return null;
        }

        var utf8 = source.Utf8;
        var types = PublishedPropertyType.Of(type, schema);
        var (buffer, start) = arena?.Reserve(utf8.Length) ?? (new byte[utf8.Length], 0);
        var data = StoredData.Read(utf8.Span, PropertyMap.PositionsOf(types), buffer, start);
        var cultures = new List<PublishedCulture>(data.Names.Count);
        foreach (var (culture, name) in data.Names)
        {
            if (type.VariesByCulture == (culture.Length > 0))
            {
                // A later entry for the same culture wins, as when the data is read into a dictionary.
                cultures.RemoveAll(c => string.Equals(c.Culture, culture, StringComparison.OrdinalIgnoreCase));
                cultures.Add(new PublishedCulture(culture, name,
                    StoredData.TryFind(data.Segments, culture, out var segment) ? segment : Text.UrlSegment.From(name),
                    StoredData.TryFind(data.Dates, culture, out var date) ? date : source.UpdateDate));
            }
        }

        if (cultures.Count == 0)
        {
            return null;
        }

        if (arena is null)
        {
            // An item of its own (a refresh): a buffer of exactly its values.
            buffer = buffer.AsSpan(0, data.Used).ToArray();
        }
        else
        {
            arena.Commit(buffer, data.Used);
        }

        var cultureKeys = cultures.Select(c => c.Culture).ToArray();
        var spans = new int[PublishedPropertyType.SlotCount(types, cultureKeys.Length) * 2];
        for (var i = 1; i < spans.Length; i += 2)
        {
            spans[i] = -1;
        }

        foreach (var (position, culture, offset, length) in data.Values)
        {
            var property = types[position];
            var slot = property.PerCulture ? IndexOf(cultureKeys, culture) : culture.Length == 0 ? 0 : -1;
            if (slot >= 0)
            {
                slot += property.FirstSlot(cultureKeys.Length);
                spans[2 * slot] = offset;
                spans[(2 * slot) + 1] = length;
            }
        }

        return new PublishedContent(source.Id, source.Key, source.ParentKey, source.Level, source.SortOrder, type,
            source.CreateDate, source.UpdateDate, new CultureMap([.. cultures]), new PropertyMap(types, cultureKeys, buffer, spans))
        {
            SourceHash = Hash(source, utf8.Span),
        };
    }

    private static int IndexOf(string[] cultures, string culture)
    {
        for (var i = 0; i < cultures.Length; i++)
        {
            if (string.Equals(cultures[i], culture, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Everything the item is built from, hashed: equal hashes mean the same published item.</summary>
    internal static ulong Hash(PublishedSource source) => Hash(source, source.Utf8.Span);

    // Not a security boundary (it only tells whether derived state is current), so a fast non-cryptographic hash:
    // a large catalogue's start-up hashes every item's data.
    private static ulong Hash(PublishedSource source, ReadOnlySpan<byte> utf8)
    {
        Span<byte> head = stackalloc byte[60];
        source.Key.TryWriteBytes(head);
        (source.ParentKey ?? Guid.Empty).TryWriteBytes(head[16..]);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(head[32..], source.Id);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(head[36..], source.Level);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(head[40..], source.SortOrder);
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(head[44..], source.CreateDate.Ticks);
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(head[52..], source.UpdateDate.Ticks);
        var hash = new System.IO.Hashing.XxHash3();
        hash.Append(head);
        hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(source.ContentTypeAlias.AsSpan()));
        hash.Append(utf8);
        return hash.GetCurrentHashAsUInt64();
    }
}
