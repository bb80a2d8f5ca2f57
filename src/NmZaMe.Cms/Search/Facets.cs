using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Search;

/// <summary>The facets citizens filter by, read from the published items: life challenge, target group, municipality, cost.</summary>
public static class Facets
{
    public const string LifeChallenge = "lifeChallenge";
    public const string TargetGroup = "targetGroup";
    public const string Municipality = "municipality";
    public const string Cost = "cost";

    private static readonly (string Facet, string Alias)[] Properties =
    [
        (TargetGroup, "targetGroups"), (Municipality, "municipalities"), (Cost, "cost"),
    ];

    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Count(IEnumerable<PublishedContent> items, PublishedSnapshot snapshot, string culture)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>
        {
            [LifeChallenge] = [], [TargetGroup] = [], [Municipality] = [], [Cost] = [],
        };
        foreach (var item in items)
        {
            if (item.Value("lifeChallenges", culture) is PickedItems picked)
            {
                foreach (var key in picked.Keys.Distinct())
                {
                    var k = key.ToString();
                    counts[LifeChallenge][k] = counts[LifeChallenge].GetValueOrDefault(k) + 1;
                }
            }

            foreach (var (facet, alias) in Properties)
            {
                if (item.Value(alias, culture) is string[] values)
                {
                    foreach (var value in values.Distinct(StringComparer.Ordinal))
                    {
                        counts[facet][value] = counts[facet].GetValueOrDefault(value) + 1;
                    }
                }
            }
        }

        return counts.ToDictionary(
            c => c.Key,
            c => (IReadOnlyList<FacetValue>)c.Value
                .Select(v => new FacetValue(v.Key, c.Key == LifeChallenge && Guid.TryParse(v.Key, out var g) ? snapshot.Get(g)?.Name(culture) ?? v.Key : v.Key, v.Value))
                .Where(v => c.Key != LifeChallenge || (Guid.TryParse(v.Value, out var lk) && snapshot.Get(lk) is not null))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Label, SlovenianCollation.Comparer)
                .ToList());
    }

    /// <summary>True when no values are given, or the item has at least one of them (OR within a facet).</summary>
    public static bool Matches(PublishedContent item, PublishedSnapshot snapshot, string facet, IReadOnlyList<string>? wanted)
    {
        if (wanted is null || wanted.Count == 0)
        {
            return true;
        }

        if (facet == LifeChallenge)
        {
            return item.Value("lifeChallenges", string.Empty) is PickedItems picked && picked.Keys.Any(k => wanted.Any(w =>
                Guid.TryParse(w, out var g) ? g == k : snapshot.Get(k) is { } lc && lc.Cultures.Values.Any(c => string.Equals(c.UrlSegment, w, StringComparison.OrdinalIgnoreCase))));
        }

        var alias = Properties.First(p => p.Facet == facet).Alias;
        return item.Value(alias, string.Empty) is string[] values
            && values.Any(v => wanted.Any(w => string.Equals(UrlSegment.Fold(v), UrlSegment.Fold(w), StringComparison.Ordinal)));
    }
}
