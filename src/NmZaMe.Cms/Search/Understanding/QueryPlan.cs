namespace NmZaMe.Cms.Search.Understanding;

/// <summary>How a query word counts: it must match, it only lifts results (weak or common), or it belongs to a lexicon phrase.</summary>
public enum WordRole
{
    Content,
    Weak,
    Phrase,
}

/// <summary>
/// A query as understood: lexicon phrases first (longest match, stop words kept), then what is left without filler
/// phrases and function words. Content words decide; weak words and the words of a found phrase only lift results,
/// because the phrase's meaning is searched through the catalogue's own terms.
/// </summary>
public sealed record QueryPlan(List<Token> Words, List<WordRole> Roles, List<PhraseMatch> Phrases, LayLexicon Lexicon, bool Cut)
{
    /// <summary>From this many content words on, a query is a sentence: no result has to match every word.</summary>
    public const int SentenceWords = 5;

    public int ContentWords => Roles.Count(r => r == WordRole.Content);

    /// <summary>Typed in a young person's register (<see cref="QueryWords.IsYoung"/>): services for young people are lifted.</summary>
    public bool Young { get; init; }

    /// <summary>
    /// A parent speaks of their own child (the "parent" cues: "imam sina", "hči ima 15 let", "my daughter"): services for
    /// the young still fit the child, but the line young people call themselves is not put first for the parent.
    /// </summary>
    public bool Parent { get; init; }

    /// <summary>A young person asking for themselves: the youth line comes first for them (not for a parent).</summary>
    public bool YoungSpeaking => Young && !Parent;

    /// <summary>Asked by or for an older or frail person in care (the "older" cues): services that give the care come first.</summary>
    public bool Older { get; init; }

    /// <summary>The query asks about money (the "money" cues): money top-ups keep their place for a carer's question.</summary>
    public bool Money { get; init; }

    /// <summary>
    /// Per word, its stem in the site's default culture when the word is that language's, not this one's ("pomoč" on the
    /// English site): the word is searched in the other culture's text of the same items (a <see cref="WordRole.Phrase"/>).
    /// </summary>
    public IReadOnlyList<string?> Foreign { get; init; } = [];

    /// <summary>Whether the lexicon, the length of the query or a word of the other language changes how it is searched.</summary>
    public bool Understood => Phrases.Count > 0 || ContentWords >= SentenceWords || Foreign.Any(f => f is not null);

    /// <param name="foreign">The word's stem in the default culture when only that culture's text knows it (see <see cref="Foreign"/>).</param>
    /// <param name="known">Whether a stem is a catalogue word in a culture (see <see cref="LayLexicon.Match"/>).</param>
    public static QueryPlan Create(string text, string culture, LayLexicon lexicon, int maxWords, Func<Token, string?>? foreign = null, Func<string, string, bool>? known = null)
    {
        var words = QueryWords.Instance;
        var phrases = lexicon.Match(text, culture, known);
        var tokens = TextAnalyzer.Analyze(text, culture, keepStopWords: true);
        // Filler phrases are compared without their function words, so "kje lahko dobim" is "kje dobim" too; a weak word
        // left alone ("pomoč" of "rabim pomoč") stays, it may be the head of what is asked.
        var filler = new bool[tokens.Count];
        var meaningful = Enumerable.Range(0, tokens.Count).Where(i => !words.IsStop(tokens[i].Folded, culture)).ToList();
        var folded = meaningful.Select(i => tokens[i]).ToList();
        foreach (var phrase in words.Filler(culture))
        {
            var residue = phrase.Where(w => !words.IsStop(w, culture)).ToArray();
            if (residue.Length == 0 || (residue.Length == 1 && words.IsWeak(TextAnalyzer.Analyze(residue[0], culture, keepStopWords: true).FirstOrDefault().Stem ?? residue[0], culture)))
            {
                continue;
            }

            for (var i = 0; i + residue.Length <= folded.Count; i++)
            {
                var at = meaningful.Skip(i).Take(residue.Length).ToArray();
                if (Same(folded, i, residue) && !at.Any(j => filler[j] || InPhrase(phrases, tokens[j])))
                {
                    foreach (var j in at)
                    {
                        filler[j] = true;
                    }
                }
            }
        }

        var content = new List<(Token Token, WordRole Role)>();
        var other = new Dictionary<int, string>();
        var inPhrases = new List<(Token Token, WordRole Role)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (filler[i] || words.IsStop(token.Folded, culture) || StopWords.IsStopWord(token.Folded, culture))
            {
                continue;
            }

            if (InPhrase(phrases, token))
            {
                if (!words.IsWeak(token.Stem, culture))
                {
                    inPhrases.Add((token, WordRole.Phrase));
                }
            }
            else if (!content.Any(c => c.Token.Stem == token.Stem))
            {
                if (token.Folded.Length >= 3 && foreign?.Invoke(token) is { } stem)
                {
                    other[token.Start] = stem;
                    content.Add((token, WordRole.Phrase));
                }
                else
                {
                    content.Add((token, words.IsWeak(token.Stem, culture) || Modifier(token) || (i > 0 && Measured(tokens[i - 1], token)) ? WordRole.Weak : WordRole.Content));
                }
            }
        }

        // Content words first: when the query is cut to the most words a search takes, phrase words go first.
        var all = content.Concat(inPhrases.Where(p => !content.Any(c => c.Token.Stem == p.Token.Stem)).DistinctBy(p => p.Token.Stem)).ToList();
        var kept = all.Take(maxWords).ToList();
        return new QueryPlan(kept.Select(k => k.Token).ToList(), kept.Select(k => k.Role).ToList(), phrases, lexicon, all.Count > maxWords)
        {
            Foreign = kept.Select(k => other.GetValueOrDefault(k.Token.Start)).ToList(),
        };
    }

    /// <summary>
    /// A negation left over outside a lexicon phrase ("in ne morem delat", "v šoli ne vejo") or a number ("84 let", "400
    /// eur", "24 ur"): it changes or measures the word beside it, but found alone in an item's text it says nothing about
    /// the need, so it only lifts results instead of being required. A lexicon phrase keeps its negation ("ne morem več").
    /// </summary>
    private static bool Modifier(Token token) =>
        token.Folded is "ne" or "not" or "no" || (token.Folded.Length > 0 && token.Folded.All(char.IsAsciiDigit));

    /// <summary>
    /// A unit of time after a number ("7 let", "15 letni", "v 30 dneh", "24 ur"): an age or a span says how long or how
    /// old, not what is needed, so it only lifts results. As a word that must match, the "let" of "sin ima 7 let in v šoli
    /// ..." put the school-year allowance ("šolskega leta") first.
    /// </summary>
    private static bool Measured(Token number, Token token) =>
        number.Folded.Length > 0 && number.Folded.All(char.IsAsciiDigit)
        && (token.Folded.StartsWith("let", StringComparison.Ordinal) || token.Folded is "leto" or "mesecev" or "meseca" or "mesece" or "mesecih" or "dni" or "dneh" or "dan" or "ur" or "ure" or "tednov" or "tedne" or "year" or "years" or "month" or "months");

    private static bool InPhrase(List<PhraseMatch> phrases, Token token) =>
        phrases.Any(p => p.Covers(token.Start));

    private static bool Same(List<Token> tokens, int at, string[] folded)
    {
        for (var j = 0; j < folded.Length; j++)
        {
            if (!string.Equals(tokens[at + j].Folded, folded[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
