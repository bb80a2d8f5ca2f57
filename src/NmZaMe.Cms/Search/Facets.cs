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

    // Every facet value seen in any index document gets a small number, so counting a broad query's matches is array
    // increments instead of hashing strings. The values are few (list items, life challenges), so they are kept for good.
    private static readonly Lock RegistryLock = new();
    private static readonly Dictionary<(string Facet, string Value), int> Ids = new();
    private static (string Facet, string Value, Guid Key)[] _values = [];

    // Each index state's facet value numbers in one array by row id, built on first use: reading them from each
    // matched document meant a cache miss or two per match, which for a broad query cost more than the counting.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexState, ByRow> Tables = new();

    internal static void Prepare(IndexState state) => Tables.GetValue(state, ByRow.Build);

    /// <summary>Facet counts over every match (row ids of the state's documents): array reads and increments per match.</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Count<T>(IndexState state, List<T> matches, Func<T, long> rowId, PublishedSnapshot snapshot, string culture)
    {
        var table = Tables.GetValue(state, ByRow.Build);
        var values = Volatile.Read(ref _values);
        var counts = new int[values.Length];
        var offsets = table.Offsets;
        var ids = table.Ids;
        foreach (var match in matches)
        {
            var row = rowId(match);
            if ((ulong)row + 1 >= (ulong)offsets.Length)
            {
                continue;
            }

            for (var k = offsets[row]; k < offsets[row + 1]; k++)
            {
                counts[ids[k]]++;
            }
        }

        return Counted(counts, values, snapshot, culture);
    }

    /// <summary>Facet counts from index documents, which carry their facet values as numbers: no lookups per match.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Count(IEnumerable<IndexDocument> documents, PublishedSnapshot snapshot, string culture)
    {
        var values = Volatile.Read(ref _values);
        var counts = new int[values.Length];
        foreach (var document in documents)
        {
            foreach (var id in document.FacetIds)
            {
                counts[id]++;
            }
        }

        return Counted(counts, values, snapshot, culture);
    }

    private static Dictionary<string, IReadOnlyList<FacetValue>> Counted(int[] counts, (string Facet, string Value, Guid Key)[] values, PublishedSnapshot snapshot, string culture)
    {

        var lifeChallenges = new List<FacetValue>();
        var lists = Properties.ToDictionary(p => p.Facet, _ => new List<FacetValue>());
        for (var id = 0; id < counts.Length; id++)
        {
            if (counts[id] == 0)
            {
                continue;
            }

            var (facet, value, key) = values[id];
            if (facet == LifeChallenge)
            {
                if (snapshot.Get(key) is { } item)
                {
                    lifeChallenges.Add(new FacetValue(value, item.Name(culture) ?? value, counts[id]));
                }
            }
            else
            {
                lists[facet].Add(new FacetValue(value, value, counts[id]));
            }
        }

        var result = new Dictionary<string, IReadOnlyList<FacetValue>>
        {
            [LifeChallenge] = lifeChallenges.OrderByDescending(v => v.Count).ThenBy(v => v.Label, SlovenianCollation.Comparer).ToList(),
        };
        foreach (var (facet, list) in lists)
        {
            result[facet] = list.OrderByDescending(v => v.Count).ThenBy(v => v.Label, SlovenianCollation.Comparer).ToList();
        }

        return result;
    }

    /// <summary>The numbers of a document's facet values, each value once.</summary>
    internal static int[] IdsOf(IReadOnlyList<Guid> lifeChallenges, string[] targetGroups, string[] municipalities, string[] costs)
    {
        var ids = new List<int>(lifeChallenges.Count + targetGroups.Length + municipalities.Length + costs.Length);
        lock (RegistryLock)
        {
            foreach (var key in lifeChallenges)
            {
                AddId(ids, LifeChallenge, key.ToString(), key);
            }

            foreach (var (facet, list) in new[] { (TargetGroup, targetGroups), (Municipality, municipalities), (Cost, costs) })
            {
                foreach (var value in list)
                {
                    AddId(ids, facet, value, Guid.Empty);
                }
            }
        }

        return ids.ToArray();
    }

    private static void AddId(List<int> ids, string facet, string value, Guid key)
    {
        if (!Ids.TryGetValue((facet, value), out var id))
        {
            id = Ids.Count;
            Ids[(facet, value)] = id;
            Volatile.Write(ref _values, [.. _values, (facet, value, key)]);
        }

        if (!ids.Contains(id))
        {
            ids.Add(id);
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

    /// <summary>Facet value numbers of every document, row by row: Ids[Offsets[row]..Offsets[row + 1]].</summary>
    private sealed class ByRow(int[] offsets, int[] ids)
    {
        public int[] Offsets { get; } = offsets;

        public int[] Ids { get; } = ids;

        public static ByRow Build(IndexState state)
        {
            var rows = (int)Math.Max(state.NextRowId, 1);
            var offsets = new int[rows + 1];
            foreach (var (row, document) in state.Documents)
            {
                offsets[row + 1] = document.FacetIds.Length;
            }

            for (var row = 0; row < rows; row++)
            {
                offsets[row + 1] += offsets[row];
            }

            var ids = new int[offsets[rows]];
            foreach (var (row, document) in state.Documents)
            {
                document.FacetIds.CopyTo(ids, offsets[row]);
            }

            return new ByRow(offsets, ids);
        }
    }
}
