namespace NmZaMe.Cms.Search.Understanding;

/// <summary>
/// Danger phrases: a lexicon phrase with a word ending in <c>*</c> ("tepe*", "ubi* se", "nim* spat*") is a danger
/// phrase, and its entry a crisis entry. A starred word matches any query word that begins with it, so every inflection
/// of a danger word counts ("ubila", "ubil", "ubiti", "ubijem"); the other words match by stem. The words may stand
/// anywhere in the query, in any order, a few words apart: people in danger write sentences, not the lexicon's phrase
/// ("moj mož me že leta pretepa"). A crisis entry's catalogue terms name its crisis services (see
/// <c>SearchService.LiftNamed</c>), which then come first. A word written <c>!word</c> (or <c>!word*</c>) is a word that
/// must not stand among the phrase's words nor right beside them: "zivet* vec !sama" is a wish to die in "ne morem več
/// živeti" but a care need in "ne more več sama živeti"; "groz* ubi* !se" is a threat to others, not "grozi, da se bo ubil".
/// </summary>
public sealed partial class LayLexicon
{
    // How far apart (in words) the words of one danger phrase may stand, beyond the phrase's own length.
    private const int DangerSlack = 3;

    // By the analyzer the words are compared in, then the first word's first three letters.
    private readonly Dictionary<string, Dictionary<string, List<(DangerWord[] Words, DangerWord[] Unless, int Entry)>>> _dangers = new(StringComparer.Ordinal);
    private readonly HashSet<int> _crisis = [];

    // Every danger word once per analyzer: a query word that fits one is no slip of the finger.
    private readonly Dictionary<string, HashSet<DangerWord>> _dangerWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _plainStems = new(StringComparer.Ordinal);

    /// <summary>Whether an entry has danger phrases: its catalogue terms name the crisis services that fit the danger.</summary>
    public bool IsCrisis(int entry) => _crisis.Contains(entry);

    private static bool IsDanger(string phrase) => phrase.Contains('*', StringComparison.Ordinal);

    private static bool IsCrisisEntry(LayTerm entry) =>
        entry.Phrases.Values.Any(p => p.Any(IsDanger)) || entry.OtherPhrases.Any(IsDanger);

    private void AddDanger(string phrase, int entry, string analyzer, string culture)
    {
        var words = new List<DangerWord>();
        var unless = new List<DangerWord>();
        foreach (var written in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var not = written.StartsWith('!');
            var word = written.TrimStart('!');
            var prefix = word.EndsWith('*');
            var folded = TextAnalyzer.Fold(word.TrimEnd('*').ToLowerInvariant());
            if (folded.Length == 0)
            {
                continue;
            }

            // A beginning shorter than three letters would match half the language.
            if (prefix && folded.Length < 3)
            {
                return;
            }

            var stem = prefix ? folded : TextAnalyzer.Analyze(folded, analyzer, keepStopWords: true).FirstOrDefault().Stem ?? folded;
            (not ? unless : words).Add(new DangerWord(folded, stem, prefix));
        }

        if (words.Count == 0)
        {
            return;
        }

        _crisis.Add(entry);
        if (!_dangerWords.TryGetValue(analyzer, out var all))
        {
            _dangerWords[analyzer] = all = [];
        }

        all.UnionWith(words);
        if (!_dangers.TryGetValue(analyzer, out var byStart))
        {
            _dangers[analyzer] = byStart = new Dictionary<string, List<(DangerWord[], DangerWord[], int)>>(StringComparer.Ordinal);
        }

        var key = Start(words[0].Folded);
        if (!byStart.TryGetValue(key, out var list))
        {
            byStart[key] = list = [];
        }

        list.Add((words.ToArray(), unless.ToArray(), entry));
    }

    /// <summary>
    /// Adds the danger phrases found in the query, whatever other phrases took their words: a danger must not go unseen
    /// because a longer everyday phrase covers it. Where two entries' danger phrases meet on the same words, the one with
    /// more words is the more precise reading ("oče tepe otroke" is a child in danger, not only a beating); an entry
    /// already found through its written phrases is not added twice.
    /// </summary>
    private void AddDangers(string text, List<PhraseMatch> taken, Func<string, string, bool>? known)
    {
        if (_dangers.Count == 0)
        {
            return;
        }

        var found = new List<PhraseMatch>();
        foreach (var (analyzer, byStart) in _dangers.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var tokens = Mended(TextAnalyzer.Analyze(text, analyzer, keepStopWords: true), analyzer, known);
            var tried = new HashSet<(DangerWord[], int)>();
            for (var i = 0; i < tokens.Count; i++)
            {
                foreach (var key in new[] { Start(tokens[i].Folded), Start(tokens[i].Stem) }.Distinct(StringComparer.Ordinal))
                {
                    if (!byStart.TryGetValue(key, out var candidates))
                    {
                        continue;
                    }

                    foreach (var (words, unless, entry) in candidates)
                    {
                        if (Fits(tokens[i], words[0]) && tried.Add((words, i)) && Place(tokens, i, words) is { } span && !Excluded(tokens, span, unless))
                        {
                            found.Add(new PhraseMatch(entry, tokens[span.First].Start, tokens[span.Last].Start + tokens[span.Last].Length, words.Length, true));
                        }
                    }
                }
            }
        }

        foreach (var match in found.OrderByDescending(m => m.Words).ThenBy(m => m.Start))
        {
            var inside = found.Any(o => o.Entry != match.Entry && o.Words > match.Words && o.Start <= match.Start && match.End <= o.End);
            if (!inside && !taken.Any(t => t.Entry == match.Entry))
            {
                taken.Add(match);
            }
        }
    }

    /// <summary>Whether a word the phrase excludes stands among its words or right beside them.</summary>
    private static bool Excluded(List<Token> tokens, (int First, int Last) span, DangerWord[] unless) =>
        unless.Length > 0 && Enumerable.Range(span.First - 1, span.Last - span.First + 3).Any(j => j >= 0 && j < tokens.Count && unless.Any(u => Fits(tokens[j], u)));

    /// <summary>The first and last query word of a danger phrase whose first word is the query's word at <paramref name="at"/>.</summary>
    private static (int First, int Last)? Place(List<Token> tokens, int at, DangerWord[] words)
    {
        var used = new List<int> { at };
        var reach = words.Length + DangerSlack;
        for (var w = 1; w < words.Length; w++)
        {
            var best = -1;
            for (var j = Math.Max(0, at - reach); j < Math.Min(tokens.Count, at + reach + 1); j++)
            {
                if (!used.Contains(j) && Fits(tokens[j], words[w]) && (best < 0 || Math.Abs(j - at) < Math.Abs(best - at)))
                {
                    best = j;
                }
            }

            if (best < 0)
            {
                return null;
            }

            used.Add(best);
        }

        return used.Max() - used.Min() <= reach ? (used.Min(), used.Max()) : null;
    }

    /// <summary>One word of a danger phrase: folded, its stem, and whether it stands for every word beginning with it.</summary>
    private readonly record struct DangerWord(string Folded, string Stem, bool Prefix);
}
