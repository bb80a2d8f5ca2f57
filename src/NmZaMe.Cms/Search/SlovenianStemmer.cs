namespace NmZaMe.Cms.Search;

/// <summary>
/// A light, inflectional Slovenian stemmer working on lower-case, diacritic-folded words. It removes one case or
/// number ending so that the forms of a word meet, and nothing derivational (so "starost" and "starejši" stay apart).
/// Rules, applied in order:
/// <list type="number">
/// <item>Words of up to 3 letters, and words with digits, are left alone.</item>
/// <item>The longest ending from <see cref="Endings"/> is removed if at least 3 letters remain (5 for
///   verb endings, so that noun plurals such as "nasveti" are not mistaken for infinitives).
///   The endings cover nouns (-a -e -i -o -u, -om -em -am -ah -ih -ov -ev -mi -ama -ami -ema -oma -jo),
///   adjectives (-ega -emu -im -imi -ih -ima -ej) and verbs (-ati -iti -eti -ajo -ijo -amo -imo -emo -ate -ite -ete).</item>
/// <item>A plural stem extension -ov/-ev left behind (domovi → domov) is removed when 3 letters remain.</item>
/// <item>When no ending was removed, a fleeting e before a final c, v or k is dropped so the nominative meets the other
///   cases (brezdomec/brezdomca, ločitev/ločitve, dodatek/dodatka); words in <see cref="StableE"/> keep theirs (človek/človeka).</item>
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

    internal static readonly HashSet<string> StableE = ["clovek", "potek", "odtek", "dotek", "pritek", "iztek", "zatek"];

    public static string Stem(string word)
    {
        if (word.Length <= 3 || word.Any(char.IsDigit))
        {
            return word;
        }

        // Spoken Slovenian drops the infinitive's final i ("umret", "negovat", "kadit"): such a word stems as the
        // written infinitive would, so colloquial queries meet the content's forms.
        if (word.Length >= 6 && word[^1] == 't' && word[^2] is 'a' or 'i' or 'e')
        {
            word += "i";
        }

        var stem = word;
        foreach (var ending in Endings)
        {
            // The ending first: a search stems every word of every shown snippet, and most endings do not match.
            if (!stem.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var min = VerbEndings.Contains(ending) ? 5 : 3;
            // Genitive plural -ev follows soft consonants only (brezdomcev, prijateljev); after others it is part of
            // the word (ločitev, žrtev).
            var softBefore = ending != "ev" || (stem.Length > 2 && stem[^3] is 'c' or 'j' or 's' or 'z');
            if (softBefore && stem.Length - ending.Length >= min)
            {
                stem = stem[..^ending.Length];
                break;
            }
        }

        if (stem == word && stem.Length >= 5 && !StableE.Contains(stem) && stem[^2] == 'e' && stem[^1] is 'c' or 'v' or 'k' && !IsVowel(stem[^3]))
        {
            stem = stem[..^2] + stem[^1];
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

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
