using System.Text.RegularExpressions;

namespace NmZaMe.Web.Site.RichText;

/// <summary>A phone number found in text: where it is, as written, and the digits to dial.</summary>
public sealed record PhoneMatch(int Index, int Length, string Text, string Dial)
{
    public string TelHref => "tel:" + Dial;
}

/// <summary>
/// Recognises Slovenian phone numbers in running text, written the ways people write them, so they can be tapped.
/// Kinds: the emergency numbers 112 and 113; the harmonised European helplines 116 xxx; toll-free 080 and premium 090
/// numbers (080 11 55); geographic and mobile numbers of nine digits starting with 0 (07 39 39 233, 031 663 067,
/// (07) 393 92 33, 07/393-92-33); the same with +386 or 00386 and without the leading 0.
/// What must stay text: years, dates (4. 12. 2026, 04.12.2026), times (8.00–15.00), prices (113 €, 1.130,00 EUR),
/// postcodes (8000), house numbers (Cesta 113, 8000 Novo mesto), counts (113 let), article numbers (113. člen),
/// gazette references (112/2021) and registration, tax or account numbers (digits inside a longer run).
/// A number is taken only when no letter or digit touches it and no further digit follows a single separator,
/// which is what keeps dates, prices and longer codes out; dots never separate groups of a number here, since in
/// Slovenian text they separate dates, times and thousands.
/// </summary>
public static partial class PhoneNumbers
{
    /// <summary>The European helplines allocated in the 116 range (EU decision 2007/116/EC and later).</summary>
    private static readonly HashSet<string> Harmonised = ["116000", "116006", "116008", "116016", "116111", "116117", "116123"];

    /// <summary>Words before a short number that make it a house, article, page or gazette number rather than a call.</summary>
    private static readonly HashSet<string> NotBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "št", "štev", "no", "nr", "člen", "člena", "členu", "čl", "odst", "točka", "točke", "stran", "strani", "str", "page", "article",
        "art", "leta", "leto", "letu", "year", "soba", "sobi", "room", "ulica", "ulici", "cesta", "cesti", "trg", "trgu", "pot", "poti",
        "street", "road", "avtobus", "bus", "linija", "line",
    };

    /// <summary>Words after 116 xxx that make it an amount or a measure ("116 000 EUR").</summary>
    private static readonly HashSet<string> NotAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "eur", "evrov", "evra", "km", "m", "kg", "let", "oseb", "ljudi", "euros", "people", "years", "percent",
    };

    /// <summary>
    /// The words that may follow 112 or 113 in a call to action ("113 ali 112", "113 je številka policije", "113 for
    /// the police"). Any other word makes it a count ("113 prijav", "112 postelj"): counting nouns are endless, the
    /// words around an emergency number are few, and the crisis strip carries both numbers on every page anyway.
    /// </summary>
    private static readonly HashSet<string> MayFollowShort = new(StringComparer.OrdinalIgnoreCase)
    {
        "ali", "in", "oz", "oziroma", "ter", "pa", "ki", "kjer", "če", "za", "na", "v", "ob", "ko", "takoj", "je", "sta", "so", "kadar",
        "or", "and", "for", "to", "if", "at", "on", "is", "now", "immediately", "when",
    };

    public static IReadOnlyList<PhoneMatch> Find(string text)
    {
        if (!MayContain(text))
        {
            return [];
        }

        var found = new List<PhoneMatch>();
        foreach (Match m in Candidate().Matches(text))
        {
            if (Accept(text, m) is { } dial)
            {
                found.Add(new PhoneMatch(m.Index, m.Length, m.Value, dial));
            }
        }

        return found;
    }

    /// <summary>A cheap test before the expression runs: every number above has "11" or a "0" followed by a digit 1–9.</summary>
    public static bool MayContain(string text) =>
        text.Contains("11", StringComparison.Ordinal) || text.Contains("386", StringComparison.Ordinal) || LeadingZero().IsMatch(text);

    private static string? Accept(string text, Match m)
    {
        var digits = new string(m.Value.Where(char.IsAsciiDigit).ToArray());
        if (m.Groups["intl"].Success)
        {
            var national = digits[(digits.StartsWith("00", StringComparison.Ordinal) ? 5 : 3)..];
            national = national.StartsWith('0') ? national[1..] : national;
            return national.Length == 8 ? "+386" + national : null;
        }

        if (m.Groups["national"].Success)
        {
            return digits.Length == 9 ? digits : null;
        }

        if (m.Groups["free"].Success)
        {
            return digits;
        }

        if (m.Groups["eu"].Success && !Harmonised.Contains(digits))
        {
            return null;
        }

        // 112, 113 and 116 xxx are short enough to be something else: look at the words around them.
        return IsCountOrReference(text, m) ? null : digits;
    }

    private static bool IsCountOrReference(string text, Match m)
    {
        var after = text.AsSpan(m.Index + m.Length);
        var next = after.TrimStart(" \u00a0");
        // "113. člen": an ordinal is a dot followed by a lower-case word; "na 113." and "na 113. Če …" end a sentence.
        if (after.StartsWith(".") && after[1..].TrimStart(" \u00a0") is { Length: > 0 } rest && char.IsLower(rest[0]))
        {
            return true;
        }

        // A house number: "… 113, 8000 Novo mesto".
        if (PostcodeAfter().IsMatch(after.ToString()) || NotBefore.Contains(LastWord(text.AsSpan(0, m.Index))))
        {
            return true;
        }

        // "113 €", "112 %": an amount.
        if (next.Length > 0 && (next[0] == '%' || char.GetUnicodeCategory(next[0]) == System.Globalization.UnicodeCategory.CurrencySymbol))
        {
            return true;
        }

        var word = FirstWord(next);
        if (m.Groups["eu"].Success)
        {
            return NotAfter.Contains(word);
        }

        return next.Length > 0 && char.IsLetter(next[0]) && !MayFollowShort.Contains(word);
    }

    private static string FirstWord(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[..end].ToString();
    }

    private static string LastWord(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd(" \u00a0:").TrimEnd('.').Length;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end].ToString();
    }

    // Separators inside a number: a space (also no-break), a hyphen or a slash; never a dot (dates, times, thousands).
    // Boundaries: no letter or digit on either side, and no digit after one more separator or dot.
    // No match timeout: every quantifier is bounded, so the work per position is constant and a page's text is matched
    // in linear time; a wall-clock timeout only turned a CPU-starved node's page into a 500 (nodes.sh, PostgreSQL restart).
    [GeneratedRegex("""
        (?<![\p{L}\p{N}+])(?<!\p{N}[\u0020\u00a0./,:\-–])
        (?:
            (?<intl>(?:\+|00)386[\u0020\u00a0\-]?(?:\(0\)[\u0020\u00a0]?)?[1-7](?:[\u0020\u00a0\-/]?\d){7})
          | (?<national>(?:\(0[1-7]\)|0[1-7])(?:[\u0020\u00a0\-/]?\d){7})
          | (?<free>0[89]0(?:[\u0020\u00a0\-/]?\d){4})
          | (?<eu>116[\u0020\u00a0]?\d{3})
          | (?<short>11[23])
        )
        (?![\p{L}\p{N}])(?![\u0020\u00a0./,:\-–]\p{N})
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"0[1-9]", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingZero();

    [GeneratedRegex(@"^,?[\u0020\u00a0]*\d{4}[\u0020\u00a0]+\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeAfter();
}
