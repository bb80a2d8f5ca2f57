namespace NmZaMe.Cms.Search.Understanding;

/// <summary>
/// Danger words typed one letter off ("samomur", "pretpa", "sucide") and spoken past participles ("udaru"): people in
/// distress type fast, and a danger word missed is a crisis line not shown. Only words of no other meaning are mended.
/// </summary>
public sealed partial class LayLexicon
{
    // A slip of the finger is read only in words this long: in shorter ones one letter makes another word.
    private const int SlipLength = 5;

    /// <summary>
    /// The query's words with a slip of the finger mended into the danger word it misses by one letter ("samomur",
    /// "pretpa", "sucide"): a person in danger types fast. Never a word of the catalogue, a stop word or a word of any
    /// lexicon phrase, and never a word that already fits a danger word: an everyday word stays what it is. The letter
    /// may not be a starred word's last one, where the word's own ending begins ("pogrešam" is not "pogrešan*"), and a
    /// letter left out only in starred words of six letters or more ("manjka" is not "manij*").
    /// </summary>
    private List<Token> Mended(List<Token> tokens, string analyzer, Func<string, string, bool>? known)
    {
        if (!_dangerWords.TryGetValue(analyzer, out var all))
        {
            return tokens;
        }

        List<Token>? mended = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (Spoken(tokens, i, all) is { } participle)
            {
                mended ??= [.. tokens];
                mended[i] = token with { Folded = participle, Stem = participle };
                continue;
            }

            if (token.Folded.Length < SlipLength || token.Folded.Any(char.IsDigit) || all.Any(w => Fits(token, w))
                || QueryWords.Instance.IsStop(token.Folded, analyzer) || known?.Invoke(analyzer, token.Stem) == true || PlainStems(analyzer).Contains(token.Stem))
            {
                continue;
            }

            foreach (var word in all)
            {
                if (Slip(token.Folded, word) is { } fixedWord)
                {
                    mended ??= [.. tokens];
                    mended[i] = token with { Folded = fixedWord, Stem = word.Prefix ? fixedWord : word.Stem };
                    break;
                }
            }
        }

        return mended ?? tokens;
    }

    // The auxiliary of the Slovenian past tense: a participle stands within a few words of one ("me je spet udaru").
    private static readonly HashSet<string> Auxiliaries = ["sem", "si", "je", "sva", "sta", "smo", "ste", "so"];

    // A noun's locative or dative after a preposition ("oče je po možganskem udaru") is no participle, "je" or not.
    private static readonly HashSet<string> Prepositions = ["po", "v", "na", "o", "ob", "pri", "k", "h", "proti"];

    /// <summary>
    /// A past participle as it is spoken in Dolenjska and written by the young, its final -il, -al or -el said as u after a
    /// consonant ("udaru", "zaklenu", "pretepu"), written back when that gives a danger word. Only beside an auxiliary of
    /// the past tense and not after a preposition: there "udaru" is a noun ("po možganskem udaru"), and -u ends many nouns
    /// ("domu", "delu").
    /// </summary>
    private static string? Spoken(List<Token> tokens, int at, HashSet<DangerWord> all)
    {
        var word = tokens[at].Folded;
        if (word.Length < 4 || word[^1] != 'u' || "aeiou".Contains(word[^2], StringComparison.Ordinal) || word.Any(char.IsDigit)
            || !Enumerable.Range(at - 3, 7).Any(j => j != at && j >= 0 && j < tokens.Count && Auxiliaries.Contains(tokens[j].Folded))
            || Enumerable.Range(at - 2, 2).Any(j => j >= 0 && Prepositions.Contains(tokens[j].Folded)))
        {
            return null;
        }

        foreach (var ending in new[] { "il", "al", "el" })
        {
            var participle = word[..^1] + ending;
            if (all.Any(w => w.Prefix ? participle.StartsWith(w.Folded, StringComparison.Ordinal) && w.Folded.Length > word.Length - 1 : participle == w.Folded))
            {
                return participle;
            }
        }

        return null;
    }

    /// <summary>The word as the danger word spells it when it misses that word by one letter; null otherwise.</summary>
    private static string? Slip(string typed, DangerWord word)
    {
        var target = word.Folded;
        if (target.Length < SlipLength)
        {
            return null;
        }

        if (!word.Prefix)
        {
            return EditDistance.Damerau(typed, target, 1) == 1 ? target : null;
        }

        for (var k = target.Length - (target.Length >= 6 ? 1 : 0); k <= Math.Min(typed.Length, target.Length + 1); k++)
        {
            if (typed[k - 1] == target[^1] && EditDistance.Damerau(typed[..k], target, 1) == 1)
            {
                return target + typed[k..];
            }
        }

        return null;
    }

    // The stems of every written phrase and catalogue term: words people use for something else.
    private HashSet<string> PlainStems(string analyzer)
    {
        lock (_plainStems)
        {
            if (!_plainStems.TryGetValue(analyzer, out var stems))
            {
                stems = new HashSet<string>(StringComparer.Ordinal);
                foreach (var list in _phrases.GetValueOrDefault(analyzer)?.Values ?? Enumerable.Empty<List<(string[] Stems, int Entry, string Culture)>>())
                {
                    stems.UnionWith(list.SelectMany(p => p.Stems));
                }

                foreach (var ((_, culture), terms) in _terms)
                {
                    if (string.Equals(culture, analyzer, StringComparison.OrdinalIgnoreCase))
                    {
                        stems.UnionWith(terms.SelectMany(t => t));
                    }
                }

                _plainStems[analyzer] = stems;
            }

            return stems;
        }
    }

    private static bool Fits(Token token, DangerWord word) =>
        word.Prefix
            ? token.Folded.StartsWith(word.Folded, StringComparison.Ordinal)
            : string.Equals(token.Folded, word.Folded, StringComparison.Ordinal) || Alike(token.Stem, word.Stem);

    private static string Start(string word) => word.Length > 3 ? word[..3] : word;
}
