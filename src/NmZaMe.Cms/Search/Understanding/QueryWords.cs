using System.Collections.Frozen;
using System.Text.Json;

namespace NmZaMe.Cms.Search.Understanding;

/// <summary>
/// The words of a question that are not the need: function words and filler ("rabim", "kje", "ne vem", "I need",
/// "where can I") carry no weight, weak words ("pomoč", "help", "center") count only a little. From query-words.json
/// (sources in uSync/SOURCES.md, "Search lexicon"); forms are compared diacritic-folded. Index stop words
/// (<see cref="StopWords"/>) are fewer on purpose: a word dropped here may still be a word of the content.
/// </summary>
public sealed class QueryWords
{
    public static readonly QueryWords Instance = Load();

    private readonly Dictionary<string, (FrozenSet<string> Stop, FrozenSet<string> Weak, string[][] Filler)> _cultures;
    private readonly FrozenSet<string> _keep;
    private readonly FrozenSet<string> _young;

    private static readonly string[] AgeWords = ["let", "letih", "leta", "letna", "letni", "leten", "letnik", "letnica"];

    // Entries of "young" ending in * stand for every word beginning so ("matur*": matura, maturo, maturi).
    private readonly string[] _youngStarts;
    private readonly Dictionary<string, string[][]> _cues;

    // Young words that say who speaks only beside a first-person word ("fant me sili", not "jo fant zapira"), and spoken
    // forms older people use as much ("nobenga"), young only without an older cue (query-words.json).
    private readonly FrozenSet<string> _youngNearMe;
    private readonly FrozenSet<string> _me;
    private readonly FrozenSet<string> _youngUnlessOlder;

    // How many words before or after a "youngNearMe" word its first-person word may stand.
    private const int MeReach = 2;

    private QueryWords(Dictionary<string, (FrozenSet<string>, FrozenSet<string>, string[][])> cultures, FrozenSet<string> keep, FrozenSet<string> young, Dictionary<string, string[][]> cues, (FrozenSet<string> NearMe, FrozenSet<string> Me, FrozenSet<string> UnlessOlder) speaker)
    {
        (_youngNearMe, _me, _youngUnlessOlder) = speaker;
        _cultures = cultures;
        _keep = keep;
        _young = young.Where(w => !w.EndsWith('*')).ToFrozenSet(StringComparer.Ordinal);
        _youngStarts = young.Where(w => w.EndsWith('*')).Select(w => w[..^1]).ToArray();
        _cues = cues;
    }

    /// <summary>
    /// Whether the query (as typed or as rewritten) has one of the cue phrases of a kind ("older", "money"; see
    /// query-words.json, "cues"): consecutive folded words, a word ending in * standing for every word beginning with it.
    /// </summary>
    public bool Cues(string kind, params string[] texts)
    {
        var cues = _cues.GetValueOrDefault(kind) ?? [];
        foreach (var text in texts)
        {
            var words = TextAnalyzer.Analyze(text, "sl-SI", keepStopWords: true).Select(t => t.Folded).ToArray();
            for (var i = 0; i < words.Length; i++)
            {
                if (cues.Any(cue => At(words, i, cue)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // How many words after a cue its excluded words ("!razred*") are looked for: "padla sem razred".
    private const int UnlessReach = 2;

    /// <summary>
    /// Whether the cue's words stand at <paramref name="at"/>, and none of its excluded words (written "!word") within
    /// the next two words: "padla" is a fall, "padla sem razred" a school year failed.
    /// </summary>
    private static bool At(string[] words, int at, string[] cue)
    {
        var length = cue.Count(w => !w.StartsWith('!'));
        if (at + length > words.Length)
        {
            return false;
        }

        for (var j = 0; j < length; j++)
        {
            if (!Fits(words[at + j], cue[j]))
            {
                return false;
            }
        }

        return !cue.Skip(length).Any(not => words.Skip(at + length).Take(UnlessReach).Any(w => Fits(w, not[1..])));
    }

    private static bool Fits(string word, string cue) =>
        cue.EndsWith('*') ? word.StartsWith(cue[..^1], StringComparison.Ordinal) : word == cue;

    /// <summary>
    /// Whether the query, as typed (before <see cref="QueryNormaliser"/>), is in a young person's register: their spelling
    /// ("sm", "ful", "frendi") or school and classmates. Compared diacritic-folded, as typed, without stemming. A boyfriend
    /// or girlfriend says so only beside the speaker ("moj fant", "fant me sili"): an adult tells of a friend's partner
    /// too; and a spoken form an older person says as well ("nobenga") not when <paramref name="older"/> cues stand.
    /// </summary>
    public bool IsYoung(string typed, bool older = false)
    {
        var words = TextAnalyzer.Analyze(typed, "sl-SI", keepStopWords: true);

        // An older person's age: spoken spelling such as "sm" is everyone's, not a teenager's register.
        switch (AgeOf(words))
        {
            case Age.Teen:
                return true;
            case Age.Older:
                return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Folded;
            if (_young.Contains(word) || _youngStarts.Any(s => word.StartsWith(s, StringComparison.Ordinal)) || (!older && _youngUnlessOlder.Contains(word)))
            {
                return true;
            }

            if (_youngNearMe.Contains(word) && words.Skip(Math.Max(0, i - MeReach)).Take(Math.Min(i, MeReach) + 1 + MeReach).Any(w => _me.Contains(w.Folded)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the query gives an age of sixty or more and no teenager's age ("ata ma 88 let in noče jest", "sosedi je 85
    /// let"): it is about an older person as much as when it says "dedek" or "ostarela", though no cue word stands in it.
    /// </summary>
    public bool IsOfOlderAge(string typed) => AgeOf(TextAnalyzer.Analyze(typed, "sl-SI", keepStopWords: true)) == Age.Older;

    private enum Age { None, Teen, Older }

    /// <summary>
    /// The age the query gives: a teenager's ("16 let", "pri 15 letih", "15-letna": 12 to 19) wins; else sixty or more
    /// ("star sm 82 let", "sosedi je 85 let") is an older person's.
    /// </summary>
    private static Age AgeOf(IReadOnlyList<Token> words)
    {
        var older = false;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (AgeWords.Contains(words[i + 1].Folded) && int.TryParse(words[i].Folded, out var age))
            {
                if (age is >= 12 and <= 19)
                {
                    return Age.Teen;
                }

                older |= age >= 60;
            }
        }

        return older ? Age.Older : Age.None;
    }

    /// <summary>A word that carries no weight in a query of the culture (Croatian, Serbian and Bosnian forms count on every site).</summary>
    public bool IsStop(string folded, string culture) =>
        !_keep.Contains(folded) && (Lists(culture).Stop.Contains(folded) || _cultures["bcs"].Stop.Contains(folded));

    /// <summary>A word (by its stem in the culture) that carries meaning here but must not decide a ranking alone.</summary>
    public bool IsWeak(string stem, string culture) => Lists(culture).Weak.Contains(stem);

    /// <summary>Filler phrases of the culture as folded word sequences, longest first.</summary>
    public IReadOnlyList<string[]> Filler(string culture) => Lists(culture).Filler;

    private (FrozenSet<string> Stop, FrozenSet<string> Weak, string[][] Filler) Lists(string culture) =>
        _cultures[culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en-US" : "sl-SI"];

    private static QueryWords Load()
    {
        using var stream = typeof(QueryWords).Assembly.GetManifestResourceStream("NmZaMe.Cms.Search.query-words.json")
            ?? throw new InvalidOperationException("query-words.json is not embedded.");
        using var document = JsonDocument.Parse(stream);
        var cultures = new Dictionary<string, (FrozenSet<string>, FrozenSet<string>, string[][])>();
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in new[] { "sl-SI", "en-US", "bcs" })
        {
            var lists = document.RootElement.GetProperty(name);
            cultures[name] = (
                Words(lists, "stop").ToFrozenSet(StringComparer.Ordinal),
                Words(lists, "weak").SelectMany(w => TextAnalyzer.Analyze(w, name == "en-US" ? name : "sl-SI", keepStopWords: true)).Select(t => t.Stem).ToFrozenSet(StringComparer.Ordinal),
                Words(lists, "fillerPhrases", phrases: true).Select(Split).Where(p => p.Length > 0).OrderByDescending(p => p.Length).ToArray());
            keep.UnionWith(Words(lists, "keep"));
        }

        // Folded as typed; a trailing * is kept (see _youngStarts).
        FrozenSet<string> Typed(string property) => document.RootElement.GetProperty("sl-SI").GetProperty(property).EnumerateArray()
            .Select(e => e.GetString()!.Trim().ToLowerInvariant())
            .Select(w => w.EndsWith('*') ? TextAnalyzer.Fold(w[..^1]) + "*" : string.Join(' ', Split(w)))
            .Where(w => w.Length > 0 && !w.Contains(' ', StringComparison.Ordinal))
            .ToFrozenSet(StringComparer.Ordinal);
        var young = Typed("young");
        var cues = new Dictionary<string, string[][]>(StringComparer.Ordinal);
        foreach (var kind in document.RootElement.GetProperty("cues").EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
        {
            // Folded word by word; the star is kept, so a cue word stands for its beginning.
            cues[kind.Name] = kind.Value.EnumerateArray()
                .Select(e => e.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => (w.StartsWith('!') ? "!" : string.Empty) + TextAnalyzer.Fold(w.ToLowerInvariant().TrimStart('!').TrimEnd('*')) + (w.EndsWith('*') ? "*" : string.Empty)).ToArray())
                .Where(c => c.Length > 0)
                .ToArray();
        }

        return new QueryWords(cultures, keep.ToFrozenSet(StringComparer.Ordinal), young, cues, (Typed("youngNearMe"), Typed("me"), Typed("youngUnlessOlder")));
    }

    private static IEnumerable<string> Words(JsonElement lists, string property, bool phrases = false) =>
        !lists.TryGetProperty(property, out var list)
            ? []
            : list.EnumerateArray()
                .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetProperty("word").GetString()!)
                .Select(w => string.Join(' ', Split(w)))
                .Where(w => w.Length > 0 && (phrases || !w.Contains(' ', StringComparison.Ordinal)));

    /// <summary>Folded words as the analyzer sees them, stop words kept.</summary>
    private static string[] Split(string phrase) =>
        TextAnalyzer.Analyze(phrase, "sl-SI", keepStopWords: true).Select(t => t.Folded).ToArray();
}
