using System.Text.Json;
using System.Text.Json.Serialization;
using NmZaMe.Cms.Editors;

namespace NmZaMe.Cms.Content;

/// <summary>
/// One version of an item's data as stored in <c>DraftData</c>/<c>PublishedData</c>: names, URL segments and
/// property values per culture. The invariant culture is the empty string.
/// </summary>
public sealed class ContentData
{
    [JsonPropertyName("names")]
    public Dictionary<string, string> Names { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    [JsonPropertyName("segments")]
    public Dictionary<string, string> Segments { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>alias → culture → stored value.</summary>
    [JsonPropertyName("values")]
    public Dictionary<string, Dictionary<string, string>> Values { get; set; } = new(StringComparer.Ordinal);

    /// <summary>When each culture was last published (published data) or edited (draft).</summary>
    [JsonPropertyName("dates")]
    public Dictionary<string, DateTime> Dates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Value(string alias, string culture) =>
        Values.TryGetValue(alias, out var byCulture) && byCulture.TryGetValue(culture, out var v) ? v : null;

    public void SetValue(string alias, string culture, string? value)
    {
        if (value is null)
        {
            if (Values.TryGetValue(alias, out var existing))
            {
                existing.Remove(culture);
                if (existing.Count == 0)
                {
                    Values.Remove(alias);
                }
            }

            return;
        }

        if (!Values.TryGetValue(alias, out var byCulture))
        {
            Values[alias] = byCulture = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        }

        byCulture[culture] = value;
    }

    public string Serialize() => JsonSerializer.Serialize(this, JsonDefaults.Storage);

    public static ContentData Deserialize(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return new ContentData();
        }

        // Read by hand over UTF-8: a large catalogue's start-up parses every published item, and the reflection
        // serialiser with its per-dictionary converters was a large share of that.
        var length = System.Text.Encoding.UTF8.GetMaxByteCount(json.Length);
        var rented = length <= 4096 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Span<byte> buffer = rented ?? stackalloc byte[length];
            var written = System.Text.Encoding.UTF8.GetBytes(json, buffer);
            return Read(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Reads stored data from its UTF-8 JSON, as <see cref="Deserialize(string?)"/> does.</summary>
    public static ContentData Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        var data = new ContentData();
        if (!reader.Read() || reader.TokenType == JsonTokenType.Null)
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
                data.Names = ReadStrings(ref reader, nullAsEmpty: false);
            }
            else if (string.Equals(name, "segments", StringComparison.OrdinalIgnoreCase))
            {
                data.Segments = ReadStrings(ref reader, nullAsEmpty: false);
            }
            else if (string.Equals(name, "values", StringComparison.OrdinalIgnoreCase))
            {
                Expect(ref reader, JsonTokenType.StartObject);
                var values = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var alias = reader.GetString()!;
                    reader.Read();
                    values[alias] = ReadStrings(ref reader, nullAsEmpty: true);
                }

                data.Values = values;
            }
            else if (string.Equals(name, "dates", StringComparison.OrdinalIgnoreCase))
            {
                Expect(ref reader, JsonTokenType.StartObject);
                var dates = new Dictionary<string, DateTime>(StringComparer.OrdinalIgnoreCase);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var culture = reader.GetString()!;
                    reader.Read();
                    dates[culture] = reader.GetDateTime();
                }

                data.Dates = dates;
            }
            else
            {
                reader.Skip();
            }
        }

        return data;
    }

    private static Dictionary<string, string> ReadStrings(ref Utf8JsonReader reader, bool nullAsEmpty)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = Cultures.Intern(reader.GetString()!);
            reader.Read();
            result[key] = reader.GetString() ?? (nullAsEmpty ? string.Empty : null!);
        }

        return result;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {token} in stored content data, found {reader.TokenType}.");
        }
    }

    // Culture keys repeat in every item; the snapshot keeps them, so one instance each rather than one per item.
    private static class Cultures
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

        public static string Intern(string culture) =>
            culture.Length == 0 ? string.Empty : culture.Length > 16 || Pool.Count > 256 ? culture : Pool.GetOrAdd(culture, culture);
    }

    public ContentData Clone() => Deserialize(Serialize());
}
