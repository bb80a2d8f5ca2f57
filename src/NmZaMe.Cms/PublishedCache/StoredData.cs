using System.Text.Json;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>
/// Published data read straight from the stored UTF-8 JSON (the shape of <see cref="Persistence.ContentData"/>): names,
/// segments and dates per culture, and each property value's unescaped UTF-8 written into one buffer, recorded by
/// property position and culture. No dictionary and no array per value: a large catalogue's load read millions of
/// them only to copy them once more.
/// </summary>
internal sealed class StoredData
{
    public List<(string Culture, string Name)> Names { get; } = new(2);

    public List<(string Culture, string Segment)> Segments { get; } = new(2);

    public List<(string Culture, DateTime Date)> Dates { get; } = new(2);

    /// <summary>Values by position in the content type's properties; offset and length into <see cref="Buffer"/>, length -1 for null.</summary>
    public List<(int Position, string Culture, int Offset, int Length)> Values { get; } = new(32);

    public byte[] Buffer { get; private set; } = [];

    /// <summary>How much of <see cref="Buffer"/> the values take, from where they start.</summary>
    public int Start { get; private set; }

    public int Used { get; private set; }

    /// <param name="positions">Alias → position among the content type's properties; values of other aliases are skipped.</param>
    /// <param name="buffer">Room for the values, at least as long as <paramref name="utf8"/> (unescaped values never are longer).</param>
    public static StoredData Read(ReadOnlySpan<byte> utf8, System.Collections.Frozen.FrozenDictionary<string, int> positions, byte[] buffer, int start)
    {
        var data = new StoredData { Buffer = buffer, Start = start };
        var reader = new Utf8JsonReader(utf8);
        if (utf8.IsEmpty || !reader.Read() || reader.TokenType == JsonTokenType.Null)
        {
            return data;
        }

        var lookup = positions.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> alias = stackalloc char[128];
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
                    int position;
                    bool known;
                    if (!reader.HasValueSequence && reader.ValueSpan.Length <= alias.Length)
                    {
                        known = lookup.TryGetValue(alias[..reader.CopyString(alias)], out position);
                    }
                    else
                    {
                        known = positions.TryGetValue(reader.GetString()!, out position);
                    }

                    reader.Read();
                    if (!known)
                    {
                        reader.Skip();
                        continue;
                    }

                    Expect(ref reader, JsonTokenType.StartObject);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var culture = Culture(ref reader);
                        reader.Read();
                        data.Values.Add(data.Write(ref reader, position, culture));
                    }
                }
            }
            else if (string.Equals(name, "dates", StringComparison.OrdinalIgnoreCase))
            {
                Expect(ref reader, JsonTokenType.StartObject);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var culture = Culture(ref reader);
                    reader.Read();
                    data.Dates.Add((culture, reader.GetDateTime()));
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return data;
    }

    public static bool TryFind<T>(List<(string Culture, T Value)> list, string culture, out T value)
    {
        foreach (var (c, v) in list)
        {
            if (string.Equals(c, culture, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }

        value = default!;
        return false;
    }

    // The unescaped UTF-8 of a string value, written after the values before it; null is kept as "" as ContentData does.
    private (int, string, int, int) Write(ref Utf8JsonReader reader, int position, string culture)
    {
        var at = Start + Used;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return (position, culture, at, 0);
        }

        Expect(ref reader, JsonTokenType.String);
        var written = reader.CopyString(Buffer.AsSpan(at));
        Used += written;
        return (position, culture, at, written);
    }

    private static void ReadStrings(ref Utf8JsonReader reader, List<(string, string)> into)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var culture = Culture(ref reader);
            reader.Read();
            into.Add((culture, reader.GetString()!));
        }
    }

    // Culture keys repeat in every item and the snapshot keeps them: one instance of each, found without a new string.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cultures = new(StringComparer.Ordinal);

    private static string Culture(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length <= 16)
        {
            Span<char> chars = stackalloc char[16];
            var length = System.Text.Encoding.UTF8.GetChars(reader.ValueSpan, chars);
            if (length == 0)
            {
                return string.Empty;
            }

            if (Cultures.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars[..length], out var known))
            {
                return known;
            }
        }

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
