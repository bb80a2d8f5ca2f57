using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Cms.Search;

/// <summary>
/// Near-equal scores among the first results are settled by what the person typed, as a reader would: BM25F and the
/// lexicon's units give every item that carries an entry's catalogue term the same part, so without this the folded
/// name decided. First the item named by an earlier catalogue term of the query's lexicon entries (an entry lists its
/// own term first and the broader ones after it: "kosilo na dom" before "pomoč na domu" for meals), then the item with
/// more of the typed words (not the lexicon's) in its name, keywords or summary. Only the scores' order within a near-tie changes; the set of
/// scores stays, so nothing moves past a result outside it.
/// </summary>
public sealed partial class SearchService
{
    // Scores this close (2 %) say nothing about which result is better.
    private const double NearTie = 0.02;

    // Only the first page can show a tie's order; deeper results keep theirs.
    private const int TieDepth = 20;

    private const int NoTerm = int.MaxValue;

    private void BreakTies(List<Candidate> candidates, List<int> ranked, IndexState state, string culture, TermMasks masks, QueryPlan plan)
    {
        if (ranked.Count < 2)
        {
            return;
        }

        var rows = state.Rows;
        var order = ranked.OrderByDescending(i => candidates[i].Tier).ThenByDescending(i => candidates[i].Score)
            .ThenBy(i => rows.FoldedNames[candidates[i].RowId], StringComparer.Ordinal).ThenBy(i => i).Take(TieDepth).ToList();
        var entries = plan.Phrases.OrderBy(p => p.Start).Select(p => p.Entry).Distinct().ToList();
        var typed = Enumerable.Range(0, plan.Words.Count).Where(t => plan.Roles[t] != WordRole.Weak).ToList();

        (int Term, int Words) Evidence(int i)
        {
            var rowId = candidates[i].RowId;
            var row = rows.Data[rowId]!;
            var bits = masks.Any(IndexRow.Name(row)) | masks.Any(IndexRow.Keywords(row)) | masks.Any(IndexRow.Summary(row));
            var words = typed.Count(t => (bits & TermMasks.Exact(t)) != 0);
            var first = NoTerm;
            foreach (var entry in entries)
            {
                var terms = plan.Lexicon.Terms(entry, culture);
                for (var k = 0; k < terms.Count && k < first; k++)
                {
                    // Cached per index state (PhraseRows): the same look-up the lexicon units made while matching.
                    if (PhraseRows(state, culture, terms[k]).GetValueOrDefault(rowId) >= Weights[0])
                    {
                        first = k;
                    }
                }
            }

            return (first, words);
        }

        var at = 0;
        while (at < order.Count)
        {
            var head = candidates[order[at]];
            var end = at + 1;
            while (end < order.Count && candidates[order[end]].Tier == head.Tier && candidates[order[end]].Score >= (1 - NearTie) * head.Score)
            {
                end++;
            }

            if (end - at > 1)
            {
                var group = order.GetRange(at, end - at);
                var scores = group.Select(i => candidates[i].Score).ToList();
                var settled = group.Select((i, p) => (Index: i, Position: p, Evidence: Evidence(i)))
                    .OrderBy(x => x.Evidence.Term).ThenByDescending(x => x.Evidence.Words).ThenBy(x => x.Position).Select(x => x.Index).ToList();
                // The group's own scores in the settled order, strictly falling so the name order cannot undo it.
                var step = Math.Max(Math.Abs(head.Score), 1e-6) * 1e-9;
                var previous = double.MaxValue;
                for (var k = 0; k < settled.Count; k++)
                {
                    var score = Math.Min(scores[k], previous - step);
                    candidates[settled[k]] = candidates[settled[k]] with { Score = score };
                    previous = score;
                }
            }

            at = end;
        }
    }
}
