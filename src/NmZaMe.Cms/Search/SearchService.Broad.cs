using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Cms.Search;

/// <summary>
/// A life situation's page answers a need broadly; the specific service answers it. When the query's lexicon phrases
/// point to the page and it would come first, it is offered above the results ("Morda iščete") anyway, so the best service
/// of that life situation takes the first place and the page follows it; a page they do not point to gives way only to a
/// service of its life situation in the same tier with at least half its score. Only for a query of three or more words
/// that carry meaning: one or two ("osamljen sem") name the situation, and its page is the answer.
/// </summary>
public sealed partial class SearchService
{
    private const double OtherPageShare = 0.5;

    // In a sentence the middle tier mixes items that cover every concept with items that only have every typed word; one
    // that scores far below the best of the lowest tier is weak evidence either way, so it is ordered with that tier.
    private const double WeakTierShare = 0.75;

    /// <summary>
    /// For a query the lexicon or its length changed: a match of the middle tier (2) whose score is below three quarters
    /// of the best partial match's moves down to the partial matches and is ordered by its score among them ("žena ima
    /// parkinsona in je ne morem več sam negovat": home help and long-term care before a day centre that covers the
    /// illness's words but little of the rest).
    /// </summary>
    private static void WeakTierDown(List<Candidate> candidates, List<int> ranked, QueryPlan plan)
    {
        if (!plan.Understood)
        {
            return;
        }

        var best = ranked.Where(i => candidates[i].Tier == 1).Select(i => candidates[i].Score).DefaultIfEmpty(0).Max();
        foreach (var i in ranked)
        {
            if (candidates[i].Tier == 2 && candidates[i].Score < WeakTierShare * best)
            {
                candidates[i] = candidates[i] with { Tier = 1 };
            }
        }
    }

    private static void ServiceBeforePage(List<Candidate> candidates, List<int> ranked, IndexState state, string culture, QueryPlan plan)
    {
        if (ranked.Count < 2 || plan.Phrases.Count == 0 || plan.Words.Count < 3)
        {
            return;
        }

        var types = state.Rows.Types;
        var top = ranked.MaxBy(i => (candidates[i].Tier, candidates[i].Score));
        if (types[candidates[top].RowId] != "lifeChallenge")
        {
            return;
        }

        // A page the phrases point to gives way to its best service whatever their scores; another page only to a service
        // of its life situation that scores at least half as much ("sem invalid in iščem službo": employment rehabilitation
        // before the page on disability).
        var pointed = LifeChallengeRows(state, culture, plan.Lexicon, plan.Phrases.Select(p => p.Entry).Distinct().ToList()).Pages.Contains(candidates[top].RowId);

        // Only a service of that life situation, so the page is still the one offered above the results.
        var situation = Facets.LifeChallengeIds([state.Rows.Keys[candidates[top].RowId]]);
        var service = ranked.Where(i => types[candidates[i].RowId] == "service" && IndexRow.Facets(state.Rows.Data[candidates[i].RowId]!).ContainsAny(situation))
            .DefaultIfEmpty(-1).MaxBy(i => i < 0 ? (0, 0.0) : (candidates[i].Tier, candidates[i].Score));
        if (service >= 0 && (pointed || (candidates[service].Tier == candidates[top].Tier && candidates[service].Score >= OtherPageShare * candidates[top].Score)))
        {
            candidates[service] = candidates[service] with { Tier = candidates[top].Tier, Score = candidates[top].Score * 1.001 };
        }
    }
}
