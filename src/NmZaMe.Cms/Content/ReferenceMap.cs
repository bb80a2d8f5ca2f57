using System.Text.RegularExpressions;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Content;

/// <summary>
/// Which documents point at which items, kept in memory so "referenced by" (the item page's info panel) and the warning
/// before trashing (review B17) look it up instead of searching every document's text on each page open. A document
/// points at what its draft or published data names the way pickers, links and blocks store it: <c>umb://document/…</c>
/// or, in rich text since Umbraco 14, the bare key (<see cref="TargetsOf"/>). Built from every document at start-up and
/// kept current by <see cref="ReferenceMapUpdater"/> after each commit, drafts included.
/// </summary>
public sealed partial class ReferenceMap
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, HashSet<Guid>> _referrers = [];
    private readonly Dictionary<Guid, Guid[]> _targets = [];

    /// <summary>Whether the first build has run; until then the pipeline builds instead of updating.</summary>
    public bool Built { get; private set; }

    /// <summary>What a document names, in its draft and its published data; never itself.</summary>
    public static Guid[] TargetsOf(NodeRecord node) =>
        [.. Keys(node.DraftData).Concat(node.PublishedData is null ? [] : Keys(node.PublishedData)).Where(k => k != node.Key).Distinct()];

    /// <summary>Replaces the whole map with these documents (key, what it names).</summary>
    public void Rebuild(IEnumerable<(Guid Key, Guid[] Targets)> documents)
    {
        lock (_lock)
        {
            _referrers.Clear();
            _targets.Clear();
            foreach (var (key, targets) in documents)
            {
                Add(key, targets);
            }

            Built = true;
        }
    }

    /// <summary>Forgets what the keys named, then records the documents read again (a deleted or trashed one is left out).</summary>
    public void Update(IEnumerable<Guid> keys, IEnumerable<(Guid Key, Guid[] Targets)> documents)
    {
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_targets.Remove(key, out var old))
                {
                    foreach (var target in old)
                    {
                        if (_referrers.TryGetValue(target, out var set) && set.Remove(key) && set.Count == 0)
                        {
                            _referrers.Remove(target);
                        }
                    }
                }
            }

            foreach (var (key, targets) in documents)
            {
                Add(key, targets);
            }
        }
    }

    /// <summary>The documents that name any of the items.</summary>
    public IReadOnlyCollection<Guid> ReferrersOf(IEnumerable<Guid> items)
    {
        lock (_lock)
        {
            var found = new HashSet<Guid>();
            foreach (var item in items)
            {
                if (_referrers.TryGetValue(item, out var set))
                {
                    found.UnionWith(set);
                }
            }

            return found;
        }
    }

    private void Add(Guid key, Guid[] targets)
    {
        if (targets.Length == 0)
        {
            return;
        }

        _targets[key] = targets;
        foreach (var target in targets)
        {
            if (!_referrers.TryGetValue(target, out var set))
            {
                _referrers[target] = set = [];
            }

            set.Add(key);
        }
    }

    private static IEnumerable<Guid> Keys(string data) =>
        KeyPattern().Matches(data).Select(m => Guid.TryParse(m.Groups[1].Success ? m.Groups[1].Value : m.Value, out var key) ? key : Guid.Empty).Where(k => k != Guid.Empty);

    // A document UDI (the key without dashes) or a bare key with dashes, as ContentUsages used to search the text for.
    [GeneratedRegex(@"umb://document/([0-9a-fA-F]{32})|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex KeyPattern();
}
