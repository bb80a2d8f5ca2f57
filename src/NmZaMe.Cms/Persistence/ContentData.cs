using System.Text.Json;
using System.Text.Json.Serialization;

namespace NmZaMe.Cms.Persistence;

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

    public string Serialize() => JsonSerializer.Serialize(this, StorageJson.Options);

    public static ContentData Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? new ContentData() : JsonSerializer.Deserialize<ContentData>(json, Options) ?? new ContentData();

    // Culture keys are compared case-insensitively, as configured languages are; reading straight into such
    // dictionaries avoids copying every value of a large catalogue at start-up.
    private static readonly JsonSerializerOptions Options = new(StorageJson.Options) { Converters = { new CultureDictionaryConverter() } };

    public ContentData Clone() => Deserialize(Serialize());

    private sealed class CultureDictionaryConverter : System.Text.Json.Serialization.JsonConverter<Dictionary<string, string>>
    {
        public override Dictionary<string, string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("Expected an object of culture values.");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var key = reader.GetString()!;
                reader.Read();
                result[key] = reader.GetString() ?? string.Empty;
            }

            return result;
        }

        public override void Write(Utf8JsonWriter writer, Dictionary<string, string> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (key, v) in value)
            {
                writer.WritePropertyName(key);
                writer.WriteStringValue(v);
            }

            writer.WriteEndObject();
        }
    }
}
