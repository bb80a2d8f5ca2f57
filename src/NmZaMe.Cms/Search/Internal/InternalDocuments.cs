using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Search.Internal;

/// <summary>
/// What the back office finds an item by: its draft (what editors work on, which for a published item without changes
/// equals the live text), one document per culture it has a name in. Values are stored as editors' raw values: rich text
/// loses its tags, block lists and pickers give their words (keys and references are left out), media give name and alt text.
/// </summary>
public static partial class InternalDocuments
{
    public static IEnumerable<InternalDocument> Of(NodeRecord node)
    {
        var data = ContentData.Deserialize(node.DraftData);
        foreach (var (culture, name) in data.Names)
        {
            var body = new StringBuilder();
            foreach (var (alias, byCulture) in data.Values)
            {
                // The file's path, size and type of a media item are not words anyone searches for.
                if (alias.StartsWith("umbraco", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var (valueCulture, value) in byCulture)
                {
                    if (valueCulture.Length == 0 || string.Equals(valueCulture, culture, StringComparison.OrdinalIgnoreCase) || culture.Length == 0)
                    {
                        AppendWords(body, value);
                    }
                }
            }

            yield return new InternalDocument(node.Key, culture, name, body.ToString());
        }
    }

    private static void AppendWords(StringBuilder body, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var trimmed = value.TrimStart();
        if (trimmed.StartsWith('[') || trimmed.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                AppendJson(body, document.RootElement);
                return;
            }
            catch (JsonException)
            {
                // Not JSON after all: plain text that starts with a bracket.
            }
        }

        body.Append(' ').Append(trimmed.Contains('<', StringComparison.Ordinal) ? WebUtility.HtmlDecode(Tags().Replace(trimmed, " ")) : trimmed);
    }

    private static void AppendJson(StringBuilder body, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    AppendJson(body, property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AppendJson(body, item);
                }

                break;
            case JsonValueKind.String when element.GetString() is { Length: > 0 } text && !Guid.TryParse(text, out _) && !text.StartsWith("umb://", StringComparison.Ordinal):
                AppendWords(body, text);
                break;
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
