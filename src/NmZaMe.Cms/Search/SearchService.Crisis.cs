using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Cms.Search;

/// <summary>
/// A person in danger finds the crisis help first, and the help that fits the danger: a crisis entry of the lexicon (one
/// with danger phrases, <see cref="LayLexicon.IsCrisis"/>) names its services by their whole name among its catalogue
/// terms, most fitting first (suicide: the lines for suicidal thoughts; a partner hitting: police, the violence line, the
/// safe house). Those services come before every other result, in the entry's order, then the entry's first life
/// situation; they are results even when nothing else matches, so a query with a danger word never finds nothing. A query in
/// a young person's register (<see cref="QueryPlan.Young"/>) gets the line for children and young people second, after the
/// danger's first service: a teenager in any danger can call it; first when that service is for grown-ups alone. Lifting every "nujna pomoč" service on any danger
/// word was tried and lowered the figures: the lines must fit the danger.
/// </summary>
public sealed partial class SearchService
{
    // Named services take the tiers above the ordinary three, the first named the highest; when several crisis entries
    // match, their lists interleave by place, the entry whose words come first in the query first at each place.
    private const int Entries = 10;
    private const int NamedTiers = 20 * Entries;

    // The named services of a query's plan, found once: the ranking lifts them (LiftNamed) and the page shows them
    // (CrisisServices). A plan belongs to one ranking, so one index state and one culture.
    private static readonly ConditionalWeakTable<QueryPlan, IReadOnlyDictionary<int, int>> NamedByPlan = new();

    // A young person in danger: the line made for children and young people comes right after the danger's first
    // service, whichever danger it is (a teenager's thoughts of suicide, a boyfriend who forces, parents who hit).
    private const int YouthPlace = 1;

    // The youth line of a lexicon in an index state and culture, found once (-1: none).
    private static readonly ConditionalWeakTable<LayLexicon, ConditionalWeakTable<IndexState, ConcurrentDictionary<string, int>>> YouthLines = new();

    private void LiftNamed(IndexState state, string culture, QueryPlan plan, List<Candidate> found)
    {
        var lifted = NamedServices(state, culture, plan);
        if (lifted.Count == 0)
        {
            return;
        }

        var named = new Dictionary<int, int>(lifted);
        for (var i = 0; i < found.Count; i++)
        {
            if (named.Remove(found[i].RowId, out var rank))
            {
                found[i] = found[i] with { Tier = 3 + NamedTiers - rank };
            }
        }

        foreach (var (rowId, rank) in named)
        {
            found.Add(new Candidate(rowId, 1.0, 3 + NamedTiers - rank));
        }
    }

    /// <summary>The services the query's crisis entries name, most fitting first; null when it names none.</summary>
    private List<Guid>? CrisisServices(Ranking ranked)
    {
        if (ranked.Plan is not { } plan)
        {
            return null;
        }

        var named = NamedServices(ranked.State, ranked.Culture, plan);
        var rows = ranked.State.Rows;
        return named.Count == 0 ? null : named.Where(n => rows.Types[n.Key] == "service").OrderBy(n => n.Value).Select(n => rows.Keys[n.Key]).ToList();
    }

    /// <summary>The services the query's crisis entries name, each with its place in the first entry's list that names it.</summary>
    private IReadOnlyDictionary<int, int> NamedServices(IndexState state, string culture, QueryPlan plan) =>
        NamedByPlan.GetValue(plan, p => FindNamed(state, culture, p));

    private Dictionary<int, int> FindNamed(IndexState state, string culture, QueryPlan plan)
    {
        var named = new Dictionary<int, int>();
        foreach (var (entry, order) in plan.Phrases.Select(p => p.Entry).Distinct().Where(plan.Lexicon.IsCrisis).Take(Entries).Select((e, i) => (e, i)))
        {
            var rank = order;
            foreach (var phrase in plan.Lexicon.Terms(entry, culture))
            {
                var any = false;
                foreach (var (rowId, weight) in PhraseRows(state, culture, phrase))
                {
                    // The whole name, not a word of it: "nasilje" in a term does not name every service about violence.
                    if (weight == Weights[0] && state.Rows.Types[rowId] == "service" && state.Rows.Data[rowId] is { } row && IndexRow.Name(row).Length == phrase.Length)
                    {
                        named[rowId] = Math.Min(named.GetValueOrDefault(rowId, int.MaxValue), rank);
                        any = true;
                    }
                }

                rank = any ? Math.Min(rank + Entries, NamedTiers - Entries + order) : rank;
            }

            // Then the danger's life situation, the page that gathers the rest of the help (and its crisis block).
            if (plan.Lexicon.Entries[entry].LifeChallenges.Select(k => state.Rows.Find(k, culture)).FirstOrDefault() is { } page && !named.ContainsKey(page))
            {
                named[page] = rank;
            }
        }

        if (plan.YoungSpeaking && named.Count > 0 && YouthLine(state, culture, plan.Lexicon) is >= 0 and var line)
        {
            // A danger whose first service is for grown-ups alone (the mental-health centre for adults when panic strikes,
            // help for homeless adults) is not the young caller's: their own line comes before it. A line the young can
            // call too keeps the first place (suicide, violence, an overdose, despair).
            var first = named.Where(n => state.Rows.Types[n.Key] == "service").OrderBy(n => n.Value).ThenBy(n => n.Key).Select(n => n.Key).FirstOrDefault(-1);
            var place = first >= 0 && state.Rows.Data[first] is { } row && ForGrownUpsAlone(row, Facets.Registered()) ? -1 : YouthPlace;
            named[line] = Math.Min(named.GetValueOrDefault(line, int.MaxValue), place);
        }

        return named;
    }

    /// <summary>
    /// The service made for children and young people alone (by its target groups) that the most crisis entries name:
    /// the line a young person in any danger can call (TOM telefon in the seed). Found from the lexicon, not by name, so
    /// a renamed line is found under its new name once the entries name it.
    /// </summary>
    private int YouthLine(IndexState state, string culture, LayLexicon lexicon) =>
        YouthLines.GetOrCreateValue(lexicon).GetOrCreateValue(state).GetOrAdd(culture, _ =>
        {
            var values = Facets.Registered();
            var counts = new Dictionary<int, int>();
            for (var entry = 0; entry < lexicon.Entries.Count; entry++)
            {
                if (!lexicon.IsCrisis(entry))
                {
                    continue;
                }

                foreach (var phrase in lexicon.Terms(entry, culture))
                {
                    foreach (var (rowId, weight) in PhraseRows(state, culture, phrase))
                    {
                        if (weight == Weights[0] && state.Rows.Types[rowId] == "service" && state.Rows.Data[rowId] is { } row && IndexRow.Name(row).Length == phrase.Length && ForYoungAlone(row, values))
                        {
                            counts[rowId] = counts.GetValueOrDefault(rowId) + 1;
                        }
                    }
                }
            }

            return counts.Count == 0 ? -1 : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First().Key;
        });

    private static bool ForYoungAlone(int[] row, IReadOnlyList<(string Facet, string Value)> values)
    {
        var groups = TargetGroups(row, values);
        return groups.Any(YouthGroups.Contains) && !groups.Any(GrownUpGroups.Contains);
    }

    // As ByAsker reads it: for grown-ups, and neither for the young nor for families.
    private static bool ForGrownUpsAlone(int[] row, IReadOnlyList<(string Facet, string Value)> values)
    {
        var groups = TargetGroups(row, values);
        return groups.Any(GrownUpGroups.Contains) && !groups.Any(YouthGroups.Contains) && !groups.Contains(FamilyGroup);
    }

    private static List<string> TargetGroups(int[] row, IReadOnlyList<(string Facet, string Value)> values)
    {
        var groups = new List<string>();
        foreach (var id in IndexRow.Facets(row))
        {
            if (id < values.Count && values[id].Facet == Facets.TargetGroup)
            {
                groups.Add(values[id].Value);
            }
        }

        return groups;
    }
}
