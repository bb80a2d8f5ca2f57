namespace NmZaMe.Cms.Search.Understanding;

public sealed partial class LayLexicon
{
    // Phrases written with a closing full stop ("ne morem več."): they mean themselves only where the clause ends with
    // them. Followed by what one cannot do any more ("ne morem več po stopnicah", "ne morem več skrbet za mamo") the need
    // is that, not despair.
    private readonly HashSet<(string Analyzer, int Entry, string Stems)> _clauseEnds = [];

    // Words that begin a new clause after a phrase: "ne morem več in ne vem kaj naj".
    private static readonly HashSet<string> ClauseStarts = ["in", "pa", "ker", "ko", "ampak", "a", "da", "zato", "and", "but", "because", "so"];

    /// <summary>Whether the query word at <paramref name="last"/> ends its clause: the query ends, a mark follows, or a new clause begins.</summary>
    private static bool EndsClause(string text, List<Token> tokens, int last)
    {
        if (last + 1 >= tokens.Count)
        {
            return true;
        }

        var end = tokens[last].Start + tokens[last].Length;
        var between = text.AsSpan(end, Math.Max(0, tokens[last + 1].Start - end));
        return between.IndexOfAny(",.;:!?–-") >= 0 || ClauseStarts.Contains(tokens[last + 1].Folded);
    }
}
