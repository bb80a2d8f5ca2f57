using System.Globalization;
using System.Text;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>
/// The guessable part of a password: case folded, diacritics and decoration removed. People pad a known word with
/// digits, a year, spaces and punctuation ("NmZaMe-2025!", "Novo mesto 1"), which an exact list match lets through
/// (ASVS 6.2.11, 6.2.12). Digits between letters are read as the letters they imitate ("p@ssw0rd").
/// </summary>
public static class PasswordCore
{
    public static string Of(string password)
    {
        var text = password.Normalize(NormalizationForm.FormKD).ToLowerInvariant();
        var core = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsCombiningMark(c))
            {
                continue;
            }

            if (char.IsLetter(c))
            {
                core.Append(c);
            }
            else if (Leet(c) is { } letter && (c is '@' or '$' || (IsWordChar(text, i - 1) && IsWordChar(text, i + 1))))
            {
                core.Append(letter);
            }
        }

        return core.ToString();
    }

    private static bool IsWordChar(string text, int i) =>
        i >= 0 && i < text.Length && (char.IsLetter(text[i]) || (Leet(text[i]) is not null && !char.IsAsciiDigit(text[i])));

    private static char? Leet(char c) => c switch
    {
        '@' or '4' => 'a',
        '$' or '5' => 's',
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '7' => 't',
        _ => null,
    };

    /// <summary>True when nothing guessable is left once every given word is taken out of the core (a context word dressed up).</summary>
    public static bool IsOnly(string core, IEnumerable<string> words)
    {
        var rest = core;
        foreach (var word in words.Where(w => w.Length >= 4).OrderByDescending(w => w.Length))
        {
            rest = rest.Replace(word, string.Empty, StringComparison.Ordinal);
        }

        return rest.Length < MinimumLetters && rest.Length < core.Length;
    }

    /// <summary>Fewer letters than this beside known words add nothing worth counting ("nmzame-x-2025").</summary>
    public const int MinimumLetters = 4;

    internal static bool IsCombiningMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
