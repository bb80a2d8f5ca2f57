using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;

namespace NmZaMe.Web.BackOffice.Content.Fields;

/// <summary>Reading helpers the adapters share: stored JSON that may be malformed, and multi-valued posted fields.</summary>
internal static class FieldJson
{
    /// <summary>A stored list: a JSON array of strings, or (older values) comma-separated text.</summary>
    public static List<string> ReadList(string stored)
    {
        if (!stored.TrimStart().StartsWith('['))
        {
            return stored.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        }

        return ParseArray(stored).Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList();
    }

    public static JsonArray ParseArray(string stored)
    {
        try
        {
            return JsonNode.Parse(stored) as JsonArray ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The non-empty values posted under a path, and the media entry key kept across saves.</summary>
    public static void ReadItems(FieldState state, string path, IFormCollection posted)
    {
        state.Items = Values(posted[path]).Where(v => v.Length > 0).ToList();
        state.EntryKey = posted[path + ".entry"].FirstOrDefault();
    }

    private static IEnumerable<string> Values(StringValues values) => values.Select(v => v ?? string.Empty);
}
