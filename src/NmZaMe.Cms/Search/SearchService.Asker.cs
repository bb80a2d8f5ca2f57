using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Cms.Search;

/// <summary>
/// Who is asking changes which of the close answers comes first (the cues in query-words.json, "young" and "cues"):
/// a teenager is best answered by the services made for children and young people (TOM telefon, counselling for
/// adolescents) rather than those for everyone; someone caring for an older person ("babica je padla", "ne morem ga več
/// sam negovat") by the services that give the care (home help, long-term care, patronage, a day centre, a short stay
/// in a home) rather than the money that pays for them, unless they ask about money. Scores are only lifted or lowered
/// within their tier, so no result is dropped and a clearly better match keeps its place.
/// </summary>
public sealed partial class SearchService
{
    private const double AskerLift = 1.25;
    private const double MoneyWhenCare = 0.8;

    // Services for adolescents as well as adults are lifted already while matching (1.3); those made for the young alone more.
    private const double YouthLift = 1.6;

    // The catalogue's topics of services that provide care themselves, and the topic of money and entitlements.
    private static readonly string[] CareTopics = ["pomoč na domu in dnevno varstvo", "bivanje in namestitev", "podpora svojcem"];
    private const string MoneyTopic = "denarna pomoč in pravice";

    private static readonly string[] YouthGroups = ["mladostniki", "otroci"];
    private static readonly string[] GrownUpGroups = ["odrasli", "starejši"];

    private static void ByAsker(List<Candidate> candidates, List<int> ranked, IndexState state, QueryPlan plan, PublishedSnapshot snapshot)
    {
        var care = plan.Older && !plan.Money;
        if (!care && !plan.Young)
        {
            return;
        }

        foreach (var i in ranked)
        {
            var candidate = candidates[i];
            if (state.Rows.Types[candidate.RowId] != "service" || snapshot.Get(state.Rows.Keys[candidate.RowId]) is not { } item)
            {
                continue;
            }

            var factor = 1.0;
            if (care)
            {
                var topics = IndexDocumentBuilder.Strings(item.Peek("topic", string.Empty)).ToList();
                factor *= topics.Any(CareTopics.Contains) ? AskerLift : topics.Contains(MoneyTopic) ? MoneyWhenCare : 1;
            }

            // Made for the young: for children or adolescents and not also for adults or older people.
            if (plan.Young && item.Peek("targetGroups", string.Empty) is string[] groups && groups.Any(YouthGroups.Contains) && !groups.Any(GrownUpGroups.Contains))
            {
                factor *= YouthLift;
            }

            candidates[i] = candidate with { Score = candidate.Score * factor };
        }
    }
}
