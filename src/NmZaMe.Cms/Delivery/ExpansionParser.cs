using NmZaMe.Cms.Editors;

namespace NmZaMe.Cms.Delivery;

/// <summary>
/// Parses the v2 tree syntax of <c>expand</c> and <c>fields</c>: <c>properties[$all]</c>,
/// <c>properties[a,b[properties[c,d]]]</c>. Malformed input yields null (no selection), never an exception.
/// </summary>
public static class ExpansionParser
{
    private const int MaxDepth = 8;

    public static PropertyExpansion? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 4000)
        {
            return null;
        }

        // Umbraco's V2 expansion also takes a bare "$all" at the top: every property.
        if (text.Trim() == "$all")
        {
            return PropertyExpansion.AllProperties;
        }

        var position = 0;
        var result = ParseSelection(text.Replace(" ", string.Empty, StringComparison.Ordinal), ref position, 0);
        return result is not null && position == text.Replace(" ", string.Empty, StringComparison.Ordinal).Length ? result : null;
    }

    private static PropertyExpansion? ParseSelection(string text, ref int position, int depth)
    {
        const string keyword = "properties[";
        if (depth > MaxDepth || string.CompareOrdinal(text, position, keyword, 0, keyword.Length) != 0)
        {
            return null;
        }

        position += keyword.Length;
        var all = false;
        var properties = new Dictionary<string, PropertyExpansion?>(StringComparer.Ordinal);
        while (position < text.Length)
        {
            var start = position;
            while (position < text.Length && text[position] is not ('[' or ']' or ','))
            {
                position++;
            }

            var name = text[start..position];
            if (name.Length == 0)
            {
                return null;
            }

            PropertyExpansion? nested = null;
            if (position < text.Length && text[position] == '[')
            {
                position++;
                nested = ParseSelection(text, ref position, depth + 1);
                if (nested is null || position >= text.Length || text[position] != ']')
                {
                    return null;
                }

                position++;
            }

            if (name == "$all")
            {
                all = true;
            }

            properties[name] = nested;
            if (position >= text.Length)
            {
                return null;
            }

            if (text[position] == ',')
            {
                position++;
                continue;
            }

            if (text[position] == ']')
            {
                position++;
                return new PropertyExpansion(all, properties);
            }

            return null;
        }

        return null;
    }
}
