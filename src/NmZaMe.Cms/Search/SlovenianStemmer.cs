namespace NmZaMe.Cms.Search;

/// <summary>
/// A light, inflectional Slovenian stemmer working on lower-case, diacritic-folded words. It removes one case or
/// number ending so that the forms of a word meet, and nothing derivational (so "starost" and "starejši" stay apart).
/// Rules, applied in order:
/// <list type="number">
/// <item>Words of up to 3 letters, and words with digits, are left alone.</item>
/// <item>The longest ending from <see cref="Endings"/> is removed if at least 3 letters remain (4 for -ov/-ev, 5 for
///   verb endings, so that noun plurals such as "nasveti" are not mistaken for infinitives).
///   The endings cover nouns (-a -e -i -o -u, -om -em -am -ah -ih -ov -ev -mi -ama -ami -ema -oma -jo),
///   adjectives (-ega -emu -im -imi -ih -ima -ej) and verbs (-ati -iti -eti -ajo -ijo -amo -imo -emo -ate -ite -ete).</item>
/// <item>A plural stem extension -ov/-ev left behind (domovi → domov) is removed when 3 letters remain.</item>
/// <item>When no ending was removed, a fleeting e in -ec is dropped (brezdomec → brezdomc, like brezdomca).</item>
/// <item>A final c becomes k, undoing the palatalisation of masculine plurals (otroci → otrok); it is applied to
///   every stem alike, so index and query still meet (pomoč → pomok).</item>
/// </list>
/// </summary>
public static class SlovenianStemmer
{
    private static readonly string[] VerbEndings = ["ati", "iti", "eti", "ajo", "ijo", "amo", "imo", "emo", "ate", "ite", "ete"];

    internal static readonly string[] Endings =
    [
        "ega", "emu", "imi", "ima", "ama", "ami", "ema", "oma",
        "ati", "iti", "eti", "ajo", "ijo", "amo", "imo", "emo", "ate", "ite", "ete",
        "om", "em", "am", "ah", "ih", "im", "ov", "ev", "mi", "ej", "jo",
        "a", "e", "i", "o", "u",
    ];

    public static string Stem(string word)
    {
        if (word.Length <= 3 || word.Any(char.IsDigit))
        {
            return word;
        }

        var stem = word;
        foreach (var ending in Endings)
        {
            var min = VerbEndings.Contains(ending) ? 5 : ending is "ov" or "ev" ? 4 : 3;
            if (stem.Length - ending.Length >= min && stem.EndsWith(ending, StringComparison.Ordinal))
            {
                stem = stem[..^ending.Length];
                break;
            }
        }

        if (stem == word && stem.Length >= 5 && stem.EndsWith("ec", StringComparison.Ordinal))
        {
            stem = stem[..^2] + "c";
        }

        if (stem.Length >= 5 && (stem.EndsWith("ov", StringComparison.Ordinal) || stem.EndsWith("ev", StringComparison.Ordinal)) && stem != word)
        {
            stem = stem[..^2];
        }

        if (stem.EndsWith('c'))
        {
            stem = stem[..^1] + "k";
        }

        return stem;
    }
}
