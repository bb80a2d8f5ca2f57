using System.Globalization;
using System.Text;

namespace NmZaMe.Cms.Text;

/// <summary>URL segments from names: Slovenian (and other Latin) letters transliterated, lower case, hyphens between words.</summary>
public static class UrlSegment
{
    private static readonly Dictionary<char, string> Special = new()
    {
        ['đ'] = "d", ['Đ'] = "d", ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "ae", ['ø'] = "o", ['Ø'] = "o", ['ł'] = "l", ['Ł'] = "l",
        ['œ'] = "oe", ['Œ'] = "oe", ['þ'] = "th", ['ð'] = "d",
    };

    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (Special.TryGetValue(c, out var replacement))
            {
                Append(replacement);
                continue;
            }

            foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                if (d is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    Append(d.ToString());
                }
                else if (d is >= 'A' and <= 'Z')
                {
                    Append(char.ToLowerInvariant(d).ToString());
                }
                else
                {
                    pendingHyphen = builder.Length > 0;
                }
            }
        }

        var result = builder.ToString();
        if (result.Length > 240)
        {
            result = result[..240].TrimEnd('-');
        }

        return result.Length == 0 ? "item" : result;

        void Append(string s)
        {
            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            builder.Append(s);
        }
    }

    /// <summary>Lower case with diacritics removed, for forgiving comparisons.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(Special.TryGetValue(c, out var r) ? r : char.ToLowerInvariant(c).ToString());
            }
        }

        return builder.ToString();
    }

    /// <summary>The segment made unique among the siblings' segments by a numeric suffix (pomoc, pomoc-1, pomoc-2…).</summary>
    public static string Unique(string segment, IReadOnlySet<string> taken)
    {
        if (!taken.Contains(segment))
        {
            return segment;
        }

        for (var i = 1; ; i++)
        {
            var candidate = $"{segment}-{i}";
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
