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

    /// <summary>Facet counts from index documents, which carry their facet values: no lookups per match.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Count(IEnumerable<IndexDocument> documents, PublishedSnapshot snapshot, string culture)
    {
        // Counted with plain loops and keys as they are stored: this runs over every match of a broad query.
        var lifeChallenges = new Dictionary<Guid, int>();
        var values = Properties.ToDictionary(p => p.Facet, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        foreach (var document in documents)
        {
            var keys = document.LifeChallenges;
            for (var i = 0; i < keys.Count; i++)
            {
                if (!Seen(keys, i, keys[i]))
                {
                    lifeChallenges[keys[i]] = lifeChallenges.GetValueOrDefault(keys[i]) + 1;
                }
            }

            Add(values[TargetGroup], document.TargetGroups);
            Add(values[Municipality], document.Municipalities);
            Add(values[Cost], document.Costs);
        }

        var result = new Dictionary<string, IReadOnlyList<FacetValue>>
        {
            [LifeChallenge] = lifeChallenges
                .Select(v => (Item: snapshot.Get(v.Key), v.Key, v.Value))
                .Where(v => v.Item is not null)
                .Select(v => new FacetValue(v.Key.ToString(), v.Item!.Name(culture) ?? v.Key.ToString(), v.Value))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Label, SlovenianCollation.Comparer)
                .ToList(),
        };
        foreach (var (facet, counts) in values)
        {
            result[facet] = counts.Select(v => new FacetValue(v.Key, v.Key, v.Value))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Label, SlovenianCollation.Comparer)
                .ToList();
        }

        return result;
    }

    private static void Add(Dictionary<string, int> counts, string[] list)
    {
        for (var i = 0; i < list.Length; i++)
        {
            if (!Seen(list, i, list[i]))
            {
                counts[list[i]] = counts.GetValueOrDefault(list[i]) + 1;
            }
        }
    }

    /// <summary>The index document's facet values include one of the wanted values (OR within a facet), or none are wanted.</summary>
    public static bool Matches(IndexDocument document, PublishedSnapshot snapshot, string facet, IReadOnlyList<string>? wanted)
    {
        if (wanted is null || wanted.Count == 0)
        {
            return true;
        }

        if (facet == LifeChallenge)
        {
            return document.LifeChallenges.Any(k => wanted.Any(w =>
                Guid.TryParse(w, out var g) ? g == k : snapshot.Get(k) is { } lc && lc.Cultures.Values.Any(c => string.Equals(c.UrlSegment, w, StringComparison.OrdinalIgnoreCase))));
        }

        var values = facet switch { TargetGroup => document.TargetGroups, Municipality => document.Municipalities, _ => document.Costs };
        return values.Any(v => wanted.Any(w => string.Equals(UrlSegment.Fold(v), UrlSegment.Fold(w), StringComparison.Ordinal)));
    }

    // Lists are a handful of values, so checking the ones before is cheaper than a set.
    private static bool Seen<T>(IReadOnlyList<T> list, int index, T value)
    {
        for (var j = 0; j < index; j++)
        {
            if (EqualityComparer<T>.Default.Equals(list[j], value))
            {
                return true;
            }
        }

        return false;
    }
}
