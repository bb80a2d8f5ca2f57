using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Cms.Search;

/// <summary>
/// A sentence often names two needs that two lexicon entries stand for ("izgubila sem službo in ne morem plačati
/// najemnine": losing the job, the rent). What covers both already ranks first (coverage); but when the first result
/// covers only one, the other need's best service could be far down among pages and partial matches of the first. So
/// each need the results above have not yet covered gets its best service next, in the order the query names them,
/// and the rest follows in its order: the person sees one answer per need in the first few results. The first result
/// keeps its place unless it answers nothing the sentence says (<see cref="AnswersNothing"/>).
/// </summary>
public sealed partial class SearchService
{
    // A need is looked for among the first 20 of the sentence's own ranking. A phrase whose services all rank
    // further down touches the sentence only by a word ("krade" read as being robbed, "zaposliti" as sheltered work,
    // "pension" in a question on paying the care home): the rest of the sentence does not support it, and lifting its
    // service above everything put a side remark before the answers.
    private const int NeedWindow = 20;

    private void InterleaveNeeds(List<Candidate> candidates, List<int> ranked, IndexState state, string culture, QueryPlan plan, TermMasks masks)
    {
        var entries = plan.Phrases.OrderBy(p => p.Start).Select(p => p.Entry).Distinct().ToList();
        if (!plan.Understood || entries.Count < 2 || entries.Count > 4 || ranked.Count < 3 || entries.Any(plan.Lexicon.IsCrisis))
        {
            return;
        }

        // An item meets a need where its name is one of the entry's catalogue terms: keywords and summaries name many
        // neighbouring needs (a counselling service for relatives of people with dementia mentions home help).
        var needs = entries.Select(e => CachedEntryRows(state, culture, plan.Lexicon.Terms(e, culture), () => EntryRows(state, culture, plan.Lexicon, e))).ToList();
        var order = ranked.OrderByDescending(i => candidates[i].Tier).ThenByDescending(i => candidates[i].Score).ToList();
        bool Meets(int i, int need) => needs[need].GetValueOrDefault(candidates[i].RowId) >= Weights[0];

        var met = new bool[needs.Count];
        for (var k = 0; k < needs.Count; k++)
        {
            met[k] = Meets(order[0], k);
        }

        var before = AnswersNothing(candidates[order[0]], met, state, plan, masks);
        var placed = before ? new List<int>() : new List<int> { order[0] };

        for (var k = 0; k < needs.Count; k++)
        {
            if (met[k])
            {
                continue;
            }

            var best = order.Take(NeedWindow).Where(i => !placed.Contains(i) && state.Rows.Types[candidates[i].RowId] == "service").FirstOrDefault(i => Meets(i, k), -1);
            if (best < 0)
            {
                continue;
            }

            placed.Add(best);
            for (var j = 0; j < needs.Count; j++)
            {
                met[j] |= Meets(best, j);
            }
        }

        if (placed.Count == (before ? 0 : 1))
        {
            return;
        }

        // Nothing to move when each need's service already stands within the first places it would take.
        if (order.Take(placed.Count).SequenceEqual(placed))
        {
            return;
        }

        var moved = placed;

        // The placed ones first, in their order, above everything else of the top tier; the others keep their order below.
        var top = candidates[order[0]];
        var step = Math.Max(Math.Abs(top.Score), 1e-6) * 1e-6;
        for (var p = 0; p < moved.Count; p++)
        {
            var i = moved[p];
            candidates[i] = candidates[i] with { Tier = top.Tier, Score = top.Score + ((moved.Count - p) * step) };
        }
    }

    /// <summary>
    /// Whether the first result answers none of what the sentence names, so the needs' services go above it: it meets
    /// none of the needs, it is only a partial match (not every typed word found), not one of the typed content words
    /// (outside lexicon phrases) stands in its name, keywords or summary, and the sentence names its needs in separate
    /// places. "soseda je stara … nima kaj za jest": the care home, carried by the lexicon's share of both entries, gave
    /// way to the volunteers' visits and the food parcels. A first result that says a typed word ("po smrti moža …": the
    /// support for the bereaved; "transport" for free rides) answers that word, and a full match answers the whole
    /// query; one phrase read as two entries ("vapam": smoking and addiction counselling) is one need, and its first
    /// result, lifted by both entries, is the answer to it.
    /// </summary>
    private static bool AnswersNothing(Candidate top, bool[] met, IndexState state, QueryPlan plan, TermMasks masks)
    {
        if (met.Any(m => m) || top.Tier >= 3 || !plan.Phrases.Any(p => plan.Phrases.Any(q => q.Entry != p.Entry && !p.Overlaps(q))))
        {
            return false;
        }

        var row = state.Rows.Data[top.RowId]!;
        var bits = masks.Any(IndexRow.Name(row)) | masks.Any(IndexRow.Keywords(row)) | masks.Any(IndexRow.Summary(row));
        for (var t = 0; t < plan.Words.Count; t++)
        {
            if (plan.Roles[t] == WordRole.Content && (bits & TermMasks.Exact(t)) != 0)
            {
                return false;
            }
        }

        return true;
    }
}
