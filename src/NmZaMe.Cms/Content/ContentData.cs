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

    public static ContentData Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? new ContentData() : Normalise(JsonSerializer.Deserialize<ContentData>(json, JsonDefaults.Storage) ?? new ContentData());

    public ContentData Clone() => Deserialize(Serialize());

    // System.Text.Json creates dictionaries with the default comparer; restore case-insensitive culture keys.
    private static ContentData Normalise(ContentData data) => new()
    {
        Names = new Dictionary<string, string>(data.Names, StringComparer.OrdinalIgnoreCase),
        Segments = new Dictionary<string, string>(data.Segments, StringComparer.OrdinalIgnoreCase),
        Dates = new Dictionary<string, DateTime>(data.Dates, StringComparer.OrdinalIgnoreCase),
        Values = data.Values.ToDictionary(v => v.Key, v => new Dictionary<string, string>(v.Value, StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal),
    };
}
