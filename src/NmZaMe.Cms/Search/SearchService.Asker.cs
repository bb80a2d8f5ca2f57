using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Cms.Search;

/// <summary>
/// Who is asking changes which of the close answers comes first (the cues in query-words.json, "young" and "cues"):
/// a teenager is best answered by the services made for children and young people (TOM telefon, counselling for
/// adolescents) rather than those for adults alone; an older person or someone caring for one ("babica je padla", "ne
/// morem ga več sam negovat", "kdo me okopa") by the services that give the care (home help, long-term care, patronage,
/// a day centre, a short stay in a home) rather than the money that pays for them, unless they ask about money, and
/// not by those made for the young alone. Scores are only lifted or lowered within their tier, so no result is dropped and a
/// clearly better match keeps its place.
/// </summary>
public sealed partial class SearchService
{
    private const double AskerLift = 1.25;
    private const double MoneyWhenCare = 0.8;

    // Services for adolescents as well as adults are lifted already while matching (1.3); those made for the young alone more.
    private const double YouthLift = 1.6;

    // What is made for the other end of life is the weaker answer for this asker. (Lifting the services for older people
    // for an older asker, ×1.15, was measured too and lowered the test half's older queries: MRR 0.833 → 0.811.)
    private const double OtherAudience = 0.85;

    // The catalogue's topics of services that provide care themselves, and the topic of money and entitlements. These are
    // values of the seed's data types "Service topic" and "Target groups": AskerCueTests fails when one is renamed.
    private static readonly string[] CareTopics = ["pomoč na domu in dnevno varstvo", "bivanje in namestitev", "podpora svojcem"];
    private const string MoneyTopic = "denarna pomoč in pravice";

    private static readonly string[] YouthGroups = ["mladostniki", "otroci"];
    private static readonly string[] GrownUpGroups = ["odrasli", "starejši"];
    private const string FamilyGroup = "družine";

    /// <summary>The topic and target-group values the rule reads by name (a test checks that the seed still has each).</summary>
    public static IReadOnlyList<string> AskerTopics { get; } = [.. CareTopics, MoneyTopic];

    /// <inheritdoc cref="AskerTopics"/>
    public static IReadOnlyList<string> AskerTargetGroups { get; } = [.. YouthGroups, .. GrownUpGroups, FamilyGroup];

    /// <summary>
    /// A young person whose words find nothing that answers them fully (every result a partial match: "v šoli mi je
    /// hudo", a pregnancy, running away) gets the line made for children and young people first: it takes any worry of a
    /// young caller, which a service that shares one side word does not answer. When a danger is named, its own lines
    /// come first and the youth line follows them (<see cref="FindNamed"/>). Not for a parent speaking of their child
    /// ("imam sina z avtizmom in v šoli ne vejo kaj z njim"): the school words are the child's, the question the parent's.
    /// </summary>
    private void YouthLineWhenNothingFits(List<Candidate> candidates, List<int> ranked, IndexState state, string culture, QueryPlan plan)
    {
        if (!plan.YoungSpeaking || ranked.Count == 0 || ranked.Any(i => candidates[i].Tier > 1) || YouthLine(state, culture, plan.Lexicon) is not (>= 0 and var line))
        {
            return;
        }

        var at = candidates.FindIndex(c => c.RowId == line);
        if (at < 0)
        {
            candidates.Add(new Candidate(line, 1.0, 2, Ranked: true));
            ranked.Add(candidates.Count - 1);
        }
        else
        {
            candidates[at] = candidates[at] with { Tier = 2, Ranked = true };
            if (!ranked.Contains(at))
            {
                ranked.Add(at);
            }
        }
    }

    private static void ByAsker(List<Candidate> candidates, List<int> ranked, IndexState state, QueryPlan plan, PublishedSnapshot snapshot)
    {
        var care = plan.Older && !plan.Money;
        if (!plan.Older && !plan.Young)
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

            var groups = item.Peek("targetGroups", string.Empty) as string[] ?? [];
            // Made for the young: for children or adolescents and not also for adults or older people.
            var youngAlone = groups.Any(YouthGroups.Contains) && !groups.Any(GrownUpGroups.Contains);
            if (plan.Young)
            {
                // For grown-ups alone: not for the young nor for families (a parent's or a family's services fit a teenager too).
                var grownUpAlone = groups.Any(GrownUpGroups.Contains) && !groups.Any(YouthGroups.Contains) && !groups.Contains(FamilyGroup);
                factor *= youngAlone ? YouthLift : grownUpAlone ? OtherAudience : 1;
            }
            else if (plan.Older && youngAlone)
            {
                factor *= OtherAudience;
            }

            candidates[i] = candidate with { Score = candidate.Score * factor };
        }
    }
}
