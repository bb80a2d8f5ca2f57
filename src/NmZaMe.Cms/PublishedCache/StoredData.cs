using System.Buffers;
using System.Text.Json;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>
/// Published data as the snapshot needs it, read straight from the stored UTF-8 JSON (the shape of
/// <see cref="Content.ContentData"/>): names, segments and dates as strings, property values left as UTF-8 bytes,
/// the form <see cref="PublishedProperty"/> keeps them in until first read.
/// </summary>
internal sealed class StoredData
{
    private static readonly byte[] Empty = [];

    public Dictionary<string, string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> Segments { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, DateTime> Dates { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>alias → culture → stored value (UTF-8).</summary>
    public Dictionary<string, Dictionary<string, byte[]>> Values { get; } = new(StringComparer.Ordinal);

    public byte[]? Value(string alias, string culture) =>
        Values.TryGetValue(alias, out var byCulture) && byCulture.TryGetValue(culture, out var v) ? v : null;

    public static StoredData Read(ReadOnlySpan<byte> utf8)
    {
        var data = new StoredData();
        var reader = new Utf8JsonReader(utf8);
        if (utf8.IsEmpty || !reader.Read() || reader.TokenType == JsonTokenType.Null)
        {
            return data;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            if (string.Equals(name, "names", StringComparison.OrdinalIgnoreCase))
            {
                ReadStrings(ref reader, data.Names);
            }
            else if (string.Equals(name, "segments", StringComparison.OrdinalIgnoreCase))
            {
                ReadStrings(ref reader, data.Segments);
            }
            else if (string.Equals(name, "values", StringComparison.OrdinalIgnoreCase))
            {
                Expect(ref reader, JsonTokenType.StartObject);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var alias = reader.GetString()!;
                    reader.Read();
                    Expect(ref reader, JsonTokenType.StartObject);
                    var byCulture = new Dictionary<string, byte[]>(2, StringComparer.OrdinalIgnoreCase);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var culture = Culture(ref reader);
                        reader.Read();
                        byCulture[culture] = Bytes(ref reader);
                    }

                    data.Values[alias] = byCulture;
                }
            }
            else if (string.Equals(name, "dates", StringComparison.OrdinalIgnoreCase))
            {
                Expect(ref reader, JsonTokenType.StartObject);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var culture = Culture(ref reader);
                    reader.Read();
                    data.Dates[culture] = reader.GetDateTime();
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return data;
    }

    private static void ReadStrings(ref Utf8JsonReader reader, Dictionary<string, string> into)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var culture = Culture(ref reader);
            reader.Read();
            into[culture] = reader.GetString()!;
        }
    }

    // Unescaped UTF-8 of a string value; null is kept as "" as ContentData does.
    private static byte[] Bytes(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return Empty;
        }

        Expect(ref reader, JsonTokenType.String);
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan.Length == 0 ? Empty : reader.ValueSpan.ToArray();
        }

        var length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = reader.CopyString(buffer);
            return buffer.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Culture keys repeat in every item and the snapshot keeps them: one instance of each.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cultures = new(StringComparer.Ordinal);

    private static string Culture(ref Utf8JsonReader reader)
    {
        var culture = reader.GetString()!;
        return culture.Length == 0 ? string.Empty : culture.Length > 16 || Cultures.Count > 256 ? culture : Cultures.GetOrAdd(culture, culture);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {token} in stored content data, found {reader.TokenType}.");
        }
    }
}
