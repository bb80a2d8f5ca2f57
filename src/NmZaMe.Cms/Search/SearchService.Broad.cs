using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Cms.Search;

/// <summary>
/// A life situation's page answers a need broadly; the specific service answers it. When the query's lexicon phrases
/// point to the page and it would come first, it is offered above the results ("Morda iščete") anyway, so the best service
/// of that life situation takes the first place and the page follows it. Only for a query of three or more words that
/// carry meaning: one or two ("osamljen sem") name the situation, and its page is the answer.
/// </summary>
public sealed partial class SearchService
{
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

        var pages = LifeChallengeRows(state, culture, plan.Lexicon, plan.Phrases.Select(p => p.Entry).Distinct().ToList()).Pages;
        if (!pages.Contains(candidates[top].RowId))
        {
            return;
        }

        // Only a service of that life situation, so the page is still the one offered above the results.
        var situation = Facets.LifeChallengeIds([state.Rows.Keys[candidates[top].RowId]]);
        var service = ranked.Where(i => types[candidates[i].RowId] == "service" && IndexRow.Facets(state.Rows.Data[candidates[i].RowId]!).ContainsAny(situation))
            .DefaultIfEmpty(-1).MaxBy(i => i < 0 ? (0, 0.0) : (candidates[i].Tier, candidates[i].Score));
        if (service >= 0)
        {
            candidates[service] = candidates[service] with { Tier = candidates[top].Tier, Score = candidates[top].Score * 1.001 };
        }
    }
}
