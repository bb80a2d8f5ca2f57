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

    // The same one tier up: every typed word plus a concept's term said somewhere (often only in a long body) is weak
    // evidence when a match that covers the concept prominently but lacks one typed word scores twice as much.
    private const double WeakFullShare = 0.5;

    // Within a tenth of each other a page and a service are a tie in all but name; the service is the help itself.
    private const double TieShare = 0.9;

    /// <summary>
    /// For a query the lexicon or its length changed: a match of the middle tier (2) whose score is below three quarters
    /// of the best partial match's moves down to the partial matches and is ordered by its score among them ("žena ima
    /// parkinsona in je ne morem več sam negovat": home help and long-term care before a day centre that covers the
    /// illness's words but little of the rest). Before that, a full match (tier 3) scoring below half of the best middle-tier
    /// match moves down to the middle tier the same way.
    /// </summary>
    private static void WeakTierDown(List<Candidate> candidates, List<int> ranked, QueryPlan plan)
    {
        if (!plan.Understood)
        {
            return;
        }

        // "brez zavarovanja sem in rabim zdravnika": health insurance before an on-duty pharmacy whose text says both words.
        var middle = ranked.Where(i => candidates[i].Tier == 2).Select(i => candidates[i].Score).DefaultIfEmpty(0).Max();
        foreach (var i in ranked)
        {
            if (candidates[i].Tier == 3 && candidates[i].Score < WeakFullShare * middle)
            {
                candidates[i] = candidates[i] with { Tier = 2 };
            }
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

    /// <summary>
    /// Among the first results of a query of three or more words, a life situation's page that scores less than a tenth
    /// above the service right after it in the same tier goes below it: the page only describes the situation, the
    /// service is what the person can use (the page stays offered above the results when the phrases point to it).
    /// </summary>
    private static void ServiceOnTie(List<Candidate> candidates, List<int> ranked, IndexState state, QueryPlan plan)
    {
        if (!plan.Understood || plan.Words.Count < 3 || ranked.Count < 2)
        {
            return;
        }

        var types = state.Rows.Types;
        var order = ranked.OrderByDescending(i => candidates[i].Tier).ThenByDescending(i => candidates[i].Score).Take(10).ToList();
        for (var p = 0; p + 1 < order.Count; p++)
        {
            var (page, service) = (order[p], order[p + 1]);
            if (types[candidates[page].RowId] == "lifeChallenge" && types[candidates[service].RowId] == "service"
                && candidates[page].Tier == candidates[service].Tier && candidates[service].Score >= TieShare * candidates[page].Score)
            {
                (candidates[page], candidates[service]) = (candidates[page] with { Score = candidates[service].Score }, candidates[service] with { Score = candidates[page].Score });
                (order[p], order[p + 1]) = (service, page);
            }
        }
    }
}
