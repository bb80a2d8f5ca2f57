namespace NmZaMe.Cms.Search.Understanding;

/// <summary>
/// Lexicon phrases as concepts: a phrase's key words (its words without function words) found anywhere in the query,
/// in any inflection the phrase index accepts and in any order, mean the phrase too. A sentence says the same need
/// in its own way and order ("mama je včeraj padla in zdaj ne more več sama" holds "padla … ne more … sama"); editors'
/// entries get this without writing each wording.
/// </summary>
public sealed partial class LayLexicon
{
    // By analyzer, then the beginning of the phrase's first key word: its key words and entry.
    /// <summary>From this many words that are not function words on, a query is a sentence whose words may be far apart.</summary>
    public const int SentenceWords = 4;

    private readonly Dictionary<string, Dictionary<string, List<(string[] Keys, int Entry, string Culture)>>> _concepts = new();

    // Words that open another clause, often about someone else ("mož je rekel, da me soseda tepe"): a concept's words
    // are looked for within one clause. "in", "ker", "but" go on about the same person, so they do not split.
    private static readonly HashSet<string> ClauseWords = new(["da", "ki", "ce", "ko", "ceprav", "kjer", "that", "who", "which", "if", "when", "where"], StringComparer.Ordinal);

    /// <summary>
    /// A phrase becomes a concept when at least two of its key words carry meaning of their own (not weak words such as
    /// "pomoč"): "kdo pomaga" scattered in a sentence would match any question.
    /// </summary>
    private void AddConcept(string[] stems, int entry, string culture, string analyzer)
    {
        var words = QueryWords.Instance;
        var meaningful = stems.Where(s => !words.IsStop(s, analyzer) && !StopWords.IsStopWord(s, analyzer)).ToArray();
        var keys = meaningful.Distinct().ToArray();
        // A phrase that says a word twice means it by the repetition ("nov v Novem mestu" is being new in the town, while
        // "nov … mest" anywhere is only the town's name, in half the questions people ask here).
        if (keys.Count(k => !words.IsWeak(k, analyzer)) < 2 || keys.Length < meaningful.Length)
        {
            return;
        }

        if (!_concepts.TryGetValue(analyzer, out var byFirst))
        {
            _concepts[analyzer] = byFirst = new Dictionary<string, List<(string[], int, string)>>(StringComparer.Ordinal);
        }

        if (!byFirst.TryGetValue(Key(keys[0]), out var list))
        {
            byFirst[Key(keys[0])] = list = [];
        }

        if (!list.Any(p => p.Entry == entry && p.Keys.AsSpan().SequenceEqual(keys)))
        {
            list.Add((keys, entry, culture));
        }
    }

    /// <summary>
    /// Concepts whose key words all occur in one clause of the query, each query word serving one key word. Two English key words that
    /// stand next to each other in the other order are another thing ("home care" is not "care home").
    /// </summary>
    private void FindScattered(List<Token> tokens, string analyzer, string culture, List<PhraseMatch> found)
    {
        if (!_concepts.TryGetValue(analyzer, out var byFirst))
        {
            return;
        }

        // In a short query the words stand close anyway (found as written or reordered); farther apart in a few words
        // they are usually two needs ("pogovor v stiski po telefonu" is not a lonely person's phone company).
        if (tokens.Count(t => !QueryWords.Instance.IsStop(t.Folded, analyzer) && !StopWords.IsStopWord(t.Folded, analyzer)) < SentenceWords)
        {
            return;
        }

        var english = analyzer == "en-US";
        var clause = new int[tokens.Count];
        for (var i = 1; i < tokens.Count; i++)
        {
            clause[i] = clause[i - 1] + (ClauseWords.Contains(tokens[i].Folded) ? 1 : 0);
        }

        var tried = new HashSet<string[]>(ReferenceEqualityComparer.Instance);
        foreach (var token in tokens)
        {
            if (!byFirst.TryGetValue(Key(token.Stem), out var candidates))
            {
                continue;
            }

            foreach (var (keys, entry, phraseCulture) in candidates)
            {
                if (!tried.Add(keys))
                {
                    continue;
                }

                var at = new List<int>(keys.Length);
                foreach (var key in keys)
                {
                    var j = Enumerable.Range(0, tokens.Count).FirstOrDefault(x => !at.Contains(x) && Alike(tokens[x].Stem, key), -1);
                    if (j < 0)
                    {
                        break;
                    }

                    at.Add(j);
                }

                if (at.Count < keys.Length || at.Any(x => clause[x] != clause[at[0]]) || (english && keys.Length == 2 && at[1] + 1 == at[0]))
                {
                    continue;
                }

                var first = tokens[at.Min()];
                var last = tokens[at.Max()];
                found.Add(new PhraseMatch(entry, first.Start, last.Start + last.Length, keys.Length, Own(phraseCulture, analyzer, culture), Loose: true, At: at.Select(x => tokens[x].Start).ToArray()));
            }
        }
    }
}
