using System.Text;
using System.Text.RegularExpressions;

namespace NmZaMe.Cms.Insights;

/// <summary>
/// What of a query may be kept: NFKC, lower case, single spaces, at most <see cref="MaxLength"/> characters, and
/// anything that looks like personal data replaced by a placeholder before it is stored: e-mail addresses, IBANs, an
/// EMŠO-like 13-digit number, an 8-digit tax number, phone numbers (9 or more digits; the short helplines people search
/// for, such as 113 or 116 123, stay), and the words after "ime je" / "my name is".
/// </summary>
public static partial class QueryMasking
{
    public const int MaxLength = Persistence.SearchQueryRecord.MaxQueryLength;

    public const string Email = "[email]";
    public const string Iban = "[iban]";
    public const string Emso = "[emso]";
    public const string TaxNumber = "[tax]";
    public const string Phone = "[phone]";
    public const string Name = "[name]";

    public static string Normalise(string? query)
    {
        var text = (query ?? string.Empty).Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        text = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        text = Spaces().Replace(text, " ").Trim();
        text = Mask(text);
        return text.Length > MaxLength ? text[..MaxLength].TrimEnd() : text;
    }

    private static string Mask(string text)
    {
        text = EmailPattern().Replace(text, Email);
        text = IbanPattern().Replace(text, Iban);
        text = NamePattern().Replace(text, m => m.Groups["cue"].Value + Name);
        return DigitsPattern().Replace(text, m =>
        {
            var digits = m.Value.Count(char.IsDigit);
            return digits switch
            {
                13 => Emso,
                8 when !m.Value.Contains(' ', StringComparison.Ordinal) => TaxNumber,
                >= 8 => Phone,
                _ => m.Value,
            };
        });
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[^\s@]+@[^\s@]+")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\b[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){2,7}(?:\s?[a-z0-9]{1,3})?\b")]
    private static partial Regex IbanPattern();

    // Digits with the separators people type in numbers (spaces, dots, dashes, slashes, a leading +).
    [GeneratedRegex(@"\+?\d(?:[\s./-]?\d)+")]
    private static partial Regex DigitsPattern();

    [GeneratedRegex(@"(?<cue>\b(?:ime mi je|moje ime je|ime je|piše se|pisem se|pišem se|my name is|name is|i am called)\s+)[\p{L}'-]+(?:\s+[\p{L}'-]+)?")]
    private static partial Regex NamePattern();
}
