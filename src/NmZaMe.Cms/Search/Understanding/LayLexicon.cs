using System.Runtime.CompilerServices;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Search.Understanding;

/// <summary>
/// The published lexicon, compiled for matching queries: every phrase as a stem sequence (stop words kept, so "ne
/// morem več" stays apart from "ne morem"), grouped by its first stem. Built once per published snapshot, so a publish
/// of an entry applies to the next search.
/// </summary>
public sealed partial class LayLexicon
{
    public const string ContentType = "layTerm";

    public static readonly LayLexicon Empty = new([], ["sl-SI"]);

    private static readonly ConditionalWeakTable<PublishedSnapshot, LayLexicon> BySnapshot = new();

    // By the analyzer the stems came from ("sl-SI" for Slovenian and the neighbouring languages, "en-US"), then first stem.
    private readonly Dictionary<string, Dictionary<string, List<(string[] Stems, int Entry, string Culture)>>> _phrases = new();
    private readonly Dictionary<string, Dictionary<string, List<(string[] Stems, int Entry, string Culture)>>> _loose = new();
    private readonly Dictionary<(int Entry, string Culture), string[][]> _terms = new();

    public LayLexicon(IReadOnlyList<LayTerm> entries, IEnumerable<string> cultures)
    {
        Entries = entries;
        var languages = cultures.ToList();
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            var crisis = IsCrisisEntry(entry);
            foreach (var culture in languages)
            {
                var phrases = entry.Phrases.GetValueOrDefault(culture) ?? [];
                var terms = entry.Terms.GetValueOrDefault(culture) ?? [];
                // The catalogue's own multi-word terms, typed, mean the entry too ("kam po pomoč"); not a crisis entry's
                // service names: "urgentni center" typed is that service, not rape.
                foreach (var phrase in crisis ? phrases : entry.TwoWay ? phrases.Concat(terms) : phrases.Concat(terms.Where(t => t.Contains(' ', StringComparison.Ordinal))))
                {
                    Add(phrase, e, culture);
                }

                _terms[(e, culture)] = (entry.TwoWay ? terms.Concat(phrases) : terms)
                    .Select(t => TextAnalyzer.Analyze(t, culture).Select(x => x.Stem).ToArray())
                    .Where(t => t.Length > 0)
                    .DistinctBy(t => string.Join(' ', t))
                    .ToArray();
            }

            foreach (var phrase in entry.OtherPhrases)
            {
                Add(phrase, e, string.Empty);
            }
        }
    }

    public IReadOnlyList<LayTerm> Entries { get; }

    /// <summary>The lexicon of the published <c>layTerm</c> items of this snapshot.</summary>
    public static LayLexicon Of(PublishedSnapshot snapshot) => BySnapshot.GetValue(snapshot, Build);

    /// <summary>The catalogue's terms of an entry in a culture, as stem sequences (stop words dropped, as in the index).</summary>
    public IReadOnlyList<string[]> Terms(int entry, string culture) => _terms.GetValueOrDefault((entry, culture)) ?? [];

    /// <summary>
    /// Lexicon phrases in the query, longest first, each word used by one phrase at most. Phrases of the site's culture,
    /// of the other cultures and of the neighbouring languages all count (people mix them: "need tolmač for doctor");
    /// at equal length the site's own culture wins.
    /// </summary>
    /// <param name="known">Whether a stem is a word of the catalogue in a culture: such a word is never read as a misspelt danger word.</param>
    public List<PhraseMatch> Match(string text, string culture, Func<string, string, bool>? known = null)
    {
        var found = new List<PhraseMatch>();
        // Analyzers in a fixed order (matches of equal rank keep the order they were found in), not the order the first
        // entries happened to bring them in.
        foreach (var (analyzer, byFirst) in _phrases.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var tokens = TextAnalyzer.Analyze(text, analyzer, keepStopWords: true);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!byFirst.TryGetValue(Key(tokens[i].Stem), out var candidates))
                {
                    continue;
                }

                foreach (var (stems, entry, phraseCulture) in candidates)
                {
                    if (i + stems.Length <= tokens.Count && Same(tokens, i, stems)
                        && (_clauseEnds.Count == 0 || !_clauseEnds.Contains((analyzer, entry, string.Join(' ', stems))) || EndsClause(text, tokens, i + stems.Length - 1)))
                    {
                        found.Add(new PhraseMatch(entry, tokens[i].Start, tokens[i + stems.Length - 1].Start + tokens[i + stems.Length - 1].Length, stems.Length, Own(phraseCulture, analyzer, culture)));
                    }
                }
            }

            FindReordered(tokens, analyzer, culture, found);
            FindScattered(tokens, analyzer, culture, found);
        }

        var taken = new List<PhraseMatch>();
        // Phrases as written come first; the same words in another order only fill in where no written phrase was found,
        // and words scattered over a sentence only where neither was.
        foreach (var match in found.OrderBy(m => m.Loose).ThenBy(m => m.At is not null).ThenByDescending(m => m.Words).ThenByDescending(m => m.OwnCulture).ThenBy(m => m.Start))
        {
            // Entries that have the very same phrase all mean it: which of them came first in the lexicon decides nothing.
            if (!taken.Any(t => t.Overlaps(match) && (t.Entry == match.Entry || !Equal(t, match))))
            {
                taken.Add(match);
            }
        }

        AddDangers(text, taken, known);
        return taken.OrderBy(m => m.Start).ToList();
    }

    private static bool Equal(PhraseMatch a, PhraseMatch b) =>
        a.Start == b.Start && a.End == b.End && a.Words == b.Words && a.Loose == b.Loose && a.OwnCulture == b.OwnCulture && a.At is null && b.At is null;

    private void Add(string phrase, int entry, string culture)
    {
        // Neighbouring languages share the Slovenian letters and endings closely enough for its analyzer.
        var analyzer = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en-US" : "sl-SI";
        if (IsDanger(phrase))
        {
            AddDanger(phrase, entry, analyzer, culture);
            return;
        }

        // Rewritten as queries are (QueryNormaliser), so "nemam gdje spavati" and "nimam kje spati" meet either way.
        var stems = TextAnalyzer.Analyze(QueryNormaliser.Normalise(phrase, analyzer), analyzer, keepStopWords: true).Select(t => t.Stem).ToArray();
        // A lone weak word says no need ("nujna", to which the Croatian "hitna" is rewritten, would make every "nujno" an
        // emergency).
        if (stems.Length == 0 || stems.All(s => QueryWords.Instance.IsStop(s, analyzer)) || (stems.Length == 1 && QueryWords.Instance.IsWeak(stems[0], analyzer)))
        {
            return;
        }

        if (!_phrases.TryGetValue(analyzer, out var byFirst))
        {
            _phrases[analyzer] = byFirst = new Dictionary<string, List<(string[], int, string)>>(StringComparer.Ordinal);
        }

        if (!byFirst.TryGetValue(Key(stems[0]), out var list))
        {
            byFirst[Key(stems[0])] = list = [];
        }

        if (phrase.TrimEnd().EndsWith('.'))
        {
            _clauseEnds.Add((analyzer, entry, string.Join(' ', stems)));
            if (!list.Any(p => p.Entry == entry && p.Stems.AsSpan().SequenceEqual(stems)))
            {
                list.Add((stems, entry, culture));
            }

            return;
        }

        if (!list.Any(p => p.Entry == entry && p.Stems.AsSpan().SequenceEqual(stems)))
        {
            list.Add((stems, entry, culture));
            AddConcept(stems, entry, culture, analyzer);
            // Slovenian word order is free ("mož me tepe", "tepe me mož", "mož me spet tepe"): phrases of two or more
            // words are also found by their rarest-looking word, their longest stem, in any order nearby. English order
            // carries meaning ("care home" is not "home care").
            // Only phrases with two words that carry meaning: "kdo pomaga" in any order would match any question.
            if (analyzer == "sl-SI" && stems.Count(x => !QueryWords.Instance.IsStop(x, analyzer) && !QueryWords.Instance.IsWeak(x, analyzer) && !StopWords.IsStopWord(x, analyzer)) >= 2)
            {
                var anchor = stems.OrderByDescending(x => x.Length).First();
                if (!_loose.TryGetValue(analyzer, out var byAnchor))
                {
                    _loose[analyzer] = byAnchor = new Dictionary<string, List<(string[], int, string)>>(StringComparer.Ordinal);
                }

                if (!byAnchor.TryGetValue(Key(anchor), out var loose))
                {
                    byAnchor[Key(anchor)] = loose = [];
                }

                loose.Add((stems, entry, culture));
            }
        }
    }

    /// <summary>
    /// Phrases whose words all occur next to each other in any order, or with one other word between them. Each query
    /// word serves one phrase word at most.
    /// </summary>
    private void FindReordered(List<Token> tokens, string analyzer, string culture, List<PhraseMatch> found)
    {
        if (!_loose.TryGetValue(analyzer, out var byAnchor))
        {
            return;
        }

        var tried = new HashSet<(string[], int)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!byAnchor.TryGetValue(Key(tokens[i].Stem), out var candidates))
            {
                continue;
            }

            foreach (var (stems, entry, phraseCulture) in candidates)
            {
                if (!tried.Add((stems, i)))
                {
                    continue;
                }

                var from = Math.Max(0, i - stems.Length - 1);
                var to = Math.Min(tokens.Count, i + stems.Length + 2);
                var used = new List<int>();
                foreach (var stem in stems)
                {
                    var at = Enumerable.Range(from, to - from).FirstOrDefault(j => !used.Contains(j) && Alike(tokens[j].Stem, stem), -1);
                    if (at < 0)
                    {
                        break;
                    }

                    used.Add(at);
                }

                if (used.Count == stems.Length && used.Max() - used.Min() <= stems.Length)
                {
                    var first = tokens[used.Min()];
                    var last = tokens[used.Max()];
                    found.Add(new PhraseMatch(entry, first.Start, last.Start + last.Length, stems.Length, Own(phraseCulture, analyzer, culture), Loose: true));
                }
            }
        }
    }

    private static bool Own(string phraseCulture, string analyzer, string culture) =>
        phraseCulture == culture || (phraseCulture.Length == 0 && analyzer == "sl-SI" && !culture.StartsWith("en", StringComparison.OrdinalIgnoreCase));

    // Phrases are found by their first stem's beginning, so forms the light stemmer leaves apart meet (skuha, skuhati).
    private static string Key(string stem) => stem.Length > 4 ? stem[..4] : stem;

    /// <summary>The same stem, or one the other's beginning when both are long enough to mean the same word (skuh, skuhat).</summary>
    private static bool Alike(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal)
        || (Math.Min(a.Length, b.Length) >= 4 && Math.Abs(a.Length - b.Length) <= 3 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

    private static bool Same(List<Token> tokens, int at, string[] stems)
    {
        for (var j = 0; j < stems.Length; j++)
        {
            if (!Alike(tokens[at + j].Stem, stems[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static LayLexicon Build(PublishedSnapshot snapshot)
    {
        var cultures = snapshot.Schema.Languages.Select(l => l.IsoCode).ToList();
        var entries = new List<LayTerm>();
        // In the lexicon's own order (the editors' sort order, then key), never a hash table's, which every other item
        // added or removed reshuffles.
        foreach (var content in snapshot.All.Where(c => c.ContentType.Alias == ContentType).OrderBy(c => c.SortOrder).ThenBy(c => c.Key))
        {
            if (content.Cultures.Count == 0)
            {
                continue;
            }

            entries.Add(new LayTerm(
                content.Key,
                content.Name(snapshot.Schema.DefaultCulture) ?? content.Cultures.Values.First().Name,
                cultures.ToDictionary(c => c, c => Lines(content, "phrases", c)),
                Lines(content, "otherPhrases", string.Empty),
                cultures.ToDictionary(c => c, c => Lines(content, "terms", c)),
                content.Value("lifeChallenges", string.Empty) is PickedItems picked ? picked.Keys : [],
                content.Value("twoWay", string.Empty) is true));
        }

        return new LayLexicon(entries, cultures);
    }

    /// <summary>One phrase a line, as editors type them in a text area; a published culture only.</summary>
    private static string[] Lines(PublishedContent content, string alias, string culture) =>
        (culture.Length > 0 && !content.IsPublishedIn(culture)) || content.Value(alias, culture) is not string text
            ? []
            : text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(500).ToArray();
}
