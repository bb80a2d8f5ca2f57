using System.Globalization;
using System.Text;

namespace NmZaMe.Cms.Search;

/// <summary>One word of analysed text: where it stood, its lower-case form (diacritics kept), folded form and stem.</summary>
public readonly record struct Token(string Lower, string Folded, string Stem, int Start, int Length);

/// <summary>
/// The one analyzer for indexing and querying: Unicode NFKC, lower-casing, diacritic folding (č→c, š→s, ž→z, ć→c,
/// đ→d and other Latin marks), tokenising on letters and digits, pruned stop words, then the culture's light stemmer.
/// </summary>
public static class TextAnalyzer
{
    private const int MaxTokenLength = 40;

    public static List<Token> Analyze(string? text, string culture, bool keepStopWords = false)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var normalised = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var english = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var i = 0;
        while (i < normalised.Length)
        {
            while (i < normalised.Length && !char.IsLetterOrDigit(normalised[i]))
            {
                i++;
            }

            var start = i;
            while (i < normalised.Length && (char.IsLetterOrDigit(normalised[i]) || IsJoiner(normalised, i)))
            {
                i++;
            }

            if (i == start)
            {
                continue;
            }

            var word = normalised[start..i];
            if (word.Length > MaxTokenLength)
            {
                continue;
            }

            var lower = word.ToLowerInvariant();
            var folded = Fold(lower);
            if (folded.Length == 0 || (!keepStopWords && StopWords.IsStopWord(folded, culture)))
            {
                continue;
            }

            tokens.Add(new Token(lower, folded, english ? EnglishStemmer.Stem(folded) : SlovenianStemmer.Stem(folded), start, i - start));
        }

        return tokens;
    }

    /// <summary>Lower-case, diacritics removed, only letters and digits kept.</summary>
    public static string Fold(string lower)
    {
        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    continue;
            }

            switch (c)
            {
                case 'đ':
                    builder.Append('d');
                    break;
                case 'ß':
                    builder.Append("ss");
                    break;
                case 'ł':
                    builder.Append('l');
                    break;
                case 'ø':
                    builder.Append('o');
                    break;
                case 'æ':
                    builder.Append("ae");
                    break;
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        builder.Append(char.ToLowerInvariant(c));
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    // Keeps "e-pošta" and "d.o.o." style words from splitting into meaningless letters only when a letter follows.
    private static bool IsJoiner(string text, int i) =>
        text[i] is '\u00AD' && i + 1 < text.Length && char.IsLetter(text[i + 1]);
}
