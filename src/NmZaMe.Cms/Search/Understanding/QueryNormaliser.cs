using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NmZaMe.Cms.Search.Understanding;

/// <summary>
/// How people type, rewritten to how the catalogue writes, before a query is understood. Rules first, because they
/// reach words no list names: a letter held down ("pomoooč") counts once, and on the Slovenian site the regular
/// ijekavian correspondences of Croatian, Bosnian and Serbian meet the Slovenian vowel ("umrijeti" → "umreti", "mjesto"
/// → "mesto"). Then words and short phrases from the "rewrite" lists of query-words.json: teenagers' vowel-dropped and
/// slang forms ("sm" → "sem", "nemorem" → "ne morem", "frendi" → "prijatelji"), common Croatian, Bosnian and Serbian
/// words ("posao" → "delo", "tumač" → "tolmač"), and on the English site texting forms, contractions typed without the
/// apostrophe, family words and American spellings of the catalogue's British English ("mom" → "mother", "cant" →
/// "can't", "counseling" → "counselling"). There is no general x → ks rule: people on the Slovenian site also type
/// English words ("anxiety", "detox"), so only "sex" and "taxi" are listed. Lexicon phrases are compiled through the
/// same rewrite (<see cref="LayLexicon"/>), so a phrase and a query meet whichever form either was written in. The index
/// is not rewritten: the catalogue is already written as it should be.
/// </summary>
public static partial class QueryNormaliser
{
    // Before Rewrites: its loading runs the rules, and static fields start in the order they are written.
    private static readonly HashSet<string> NotParticiples =
        ["radio", "studio", "video", "audio", "stereo", "rodeo", "trio", "scenario", "portfolio", "patio", "ratio", "kakao", "ciao", "mario", "romeo", "manga", "tanga"];

    private static readonly Dictionary<string, (Dictionary<string, string> Words, int Longest)> Rewrites = Load();

    public static string Normalise(string text, string culture)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var english = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var (table, longest) = Rewrites[english ? "en-US" : "sl-SI"];
        var words = new List<(int Start, int End, string Original, string Form)>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                i++;
            }

            var original = text[start..i];
            words.Add((start, i, original, Rules(TextAnalyzer.Fold(original.ToLowerInvariant()), english)));
        }

        var result = new StringBuilder(text.Length + 16);
        var at = 0;
        for (var w = 0; w < words.Count;)
        {
            var (replacement, used) = Lookup(table, longest, words, w);
            var (start, _, original, form) = words[w];
            var end = words[w + Math.Max(used, 1) - 1].End;
            result.Append(text, at, start - at);
            // A word no rule changed keeps its diacritics and case, which the ranking's exact-form boost reads.
            result.Append(replacement ?? (form == TextAnalyzer.Fold(original.ToLowerInvariant()) ? original : form));
            at = end;
            w += Math.Max(used, 1);
        }

        result.Append(text, at, text.Length - at);
        return result.ToString();
    }

    private static (string? Replacement, int Used) Lookup(Dictionary<string, string> table, int longest, List<(int Start, int End, string Original, string Form)> words, int from)
    {
        for (var n = Math.Min(longest, words.Count - from); n >= 1; n--)
        {
            var key = string.Join(' ', words.Skip(from).Take(n).Select(x => x.Form));
            if (table.TryGetValue(key, out var replacement))
            {
                return (replacement, n);
            }
        }

        return (null, 0);
    }

    /// <summary>The rules that need no list, on a lower-case, diacritic-folded word.</summary>
    public static string Rules(string folded, bool english)
    {
        var word = Repeated().Replace(folded, m => m.Value[..1]);
        if (english || word.Any(char.IsDigit))
        {
            return word;
        }

        // Ijekavian "ije"/"je" where Slovenian has "e": only between consonants where Slovenian does not write them, so
        // "informacije", "pije", "podjetje", "objem", "soglasjem" and "spočijete" stay as they are (checked against every
        // word of the seed's Slovenian text).
        word = LongYat().Replace(word, "e");
        word = ShortYat().Replace(word, "e");
        return word.Length < 4 || NotParticiples.Contains(word) ? word : SpokenL(ShortAdjective(word));
    }

    /// <summary>
    /// A final l spoken as a vowel, written back as l. Croatian, Bosnian and Serbian write it -o in the past tense
    /// ("izgubio" → "izgubil", "udario" → "udaril", "ostao" → "ostal"); young Slovenians write it -u after i and o
    /// ("biu" → "bil", "povedou" → "povedal"). No Slovenian word of the seed ends so; the few foreign words that do are
    /// in <see cref="NotParticiples"/>.
    /// </summary>
    private static string SpokenL(string word) =>
        word[^1] == 'o' && word[^2] is 'a' or 'i' or 'e' ? word[..^1] + "l"
        : word.EndsWith("iu", StringComparison.Ordinal) ? word[..^1] + "l"
        : word.EndsWith("ou", StringComparison.Ordinal) && word[^3] != 'y' ? word[..^2] + "al"
        : word;

    /// <summary>
    /// Spoken Slovenian drops the e of the adjective endings -ega (after n, j, t, s, k: "nobenga" → "nobenega", "mojga",
    /// "tistga", "takga") and -emu (after n, j: "nobenmu", "mojmu"). No Slovenian word ends so; "pismu" and "ritmu" are
    /// why -emu stops at n and j.
    /// </summary>
    private static string ShortAdjective(string word) => SpokenEnding().Replace(word, m => "e" + m.Value);

    [GeneratedRegex(@"(?<=[njtsk])ga$|(?<=[nj])mu$")]
    private static partial Regex SpokenEnding();

    // A vowel three times or any letter four times: a key held down or a cry ("pomoooč", "heeelp"). Three consonants
    // stay: "ZZZS" (the health insurance institute) and "www" are typed that way.
    [GeneratedRegex(@"([aeiouy])\1{2,}|(\p{L})\2{3,}")]
    private static partial Regex Repeated();

    [GeneratedRegex(@"(?<=[dlnrsvz])ije(?=[bcdfghklnprstvz])")]
    private static partial Regex LongYat();

    [GeneratedRegex(@"(?<=[cmsv])je(?=[bcdfghklnprstvz])")]
    private static partial Regex ShortYat();

    private static Dictionary<string, (Dictionary<string, string>, int)> Load()
    {
        using var stream = typeof(QueryNormaliser).Assembly.GetManifestResourceStream("NmZaMe.Cms.Search.query-words.json")
            ?? throw new InvalidOperationException("query-words.json is not embedded.");
        using var document = JsonDocument.Parse(stream);
        var result = new Dictionary<string, (Dictionary<string, string>, int)>();
        foreach (var (name, sources) in new[] { ("sl-SI", new[] { "sl-SI", "bcs" }), ("en-US", new[] { "en-US" }) })
        {
            var table = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var source in sources)
            {
                if (!document.RootElement.GetProperty(source).TryGetProperty("rewrite", out var rewrite))
                {
                    continue;
                }

                foreach (var pair in rewrite.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
                {
                    // Keys as the rules leave them, so "pomoooč" and "mjesto" reach their entries too.
                    var key = string.Join(' ', pair.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Rules(TextAnalyzer.Fold(w.ToLowerInvariant()), name == "en-US")));
                    table[key] = pair.Value.GetString()!;
                }
            }

            result[name] = (table, table.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max());
        }

        return result;
    }
}
