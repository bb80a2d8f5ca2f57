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

    // Below this many matches, reading each match's facet numbers costs less than an AND over every row's bitset word.
    private const int BitsetFrom = 1024;

    // Every facet value seen in any index document gets a small number, so counting a broad query's matches is array
    // increments instead of hashing strings. The values are few (list items, life challenges), so they are kept for good.
    private static readonly Lock RegistryLock = new();
    private static readonly Dictionary<(string Facet, string Value), int> Ids = new();
    private static (string Facet, string Value, Guid Key)[] _values = [];

    /// <summary>Facet counts over every match (row ids of the state's documents): array reads and increments per match.</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Count<T>(IndexState state, List<T> matches, Func<T, long> rowId, PublishedSnapshot snapshot, string culture)
    {
        var values = Volatile.Read(ref _values);
        var counts = new int[values.Length];
        var rows = state.Rows;
        foreach (var match in matches)
        {
            var row = rowId(match);
            if (rows.Has(row))
            {
                foreach (var id in IndexRow.Facets(rows.Data[row]!))
                {
                    counts[id]++;
                }
            }
        }

        return Counted(counts, values, snapshot, culture);
    }

    /// <summary>
    /// Facet counts over every match without reading the matches' rows when there are many: the matches become a bitset,
    /// counted against each value's bitset (<see cref="FieldPostings"/>). The same counts as <see cref="Count{T}"/>.
    /// </summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> CountMatches<T>(IndexState state, List<T> matches, Func<T, int> rowId, PublishedSnapshot snapshot, string culture)
    {
        if (matches.Count < BitsetFrom)
        {
            return Count(state, matches, c => rowId(c), snapshot, culture);
        }

        var values = Volatile.Read(ref _values);
        var postings = FieldPostings.Of(state);
        var matched = new ulong[(postings.Rows + 63) / 64];
        foreach (var match in matches)
        {
            var row = rowId(match);
            if ((uint)row < (uint)postings.Rows && state.Rows.Has(row))
            {
                matched[row >> 6] |= 1UL << row;
            }
        }

        var counts = postings.CountFacets(matched, values.Length);
        // A value numbered after the values were read cannot be counted by name: read them again to cover it.
        return Counted(counts, counts.Length > values.Length ? Volatile.Read(ref _values) : values, snapshot, culture);
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

    /// <summary>The facet numbers of these life challenges, of those any index document has.</summary>
    internal static int[] LifeChallengeIds(IEnumerable<Guid> keys)
    {
        lock (RegistryLock)
        {
            return keys.Select(k => Ids.TryGetValue((LifeChallenge, k.ToString()), out var id) ? id : -1).Where(id => id >= 0).ToArray();
        }
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

    /// <summary>The document's facet values include one of the wanted values (OR within a facet), or none are wanted.</summary>
    internal static bool Matches(int[] row, PublishedSnapshot snapshot, string facet, IReadOnlyList<string>? wanted)
    {
        if (wanted is null || wanted.Count == 0)
        {
            return true;
        }

        var values = Volatile.Read(ref _values);
        foreach (var id in IndexRow.Facets(row))
        {
            var (f, value, key) = values[id];
            if (f != facet)
            {
                continue;
            }

            if (facet == LifeChallenge
                ? wanted.Any(w => Guid.TryParse(w, out var g) ? g == key : snapshot.Get(key) is { } lc && lc.Cultures.Values.Any(c => string.Equals(c.UrlSegment, w, StringComparison.OrdinalIgnoreCase)))
                : wanted.Any(w => string.Equals(UrlSegment.Fold(value), UrlSegment.Fold(w), StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every facet value numbered so far, by number: what the index on disk stores beside its documents' numbers.</summary>
    internal static IReadOnlyList<(string Facet, string Value)> Registered() =>
        Volatile.Read(ref _values).Select(v => (v.Facet, v.Value)).ToList();

    /// <summary>The number of a facet value read back from disk (a life challenge's value is its key).</summary>
    internal static int Register(string facet, string value)
    {
        var ids = new List<int>(1);
        lock (RegistryLock)
        {
            AddId(ids, facet, value, facet == LifeChallenge ? Guid.Parse(value) : Guid.Empty);
        }

        return ids[0];
    }
}
