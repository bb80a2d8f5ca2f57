using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Search;

/// <summary>
/// The answers to the most recent distinct queries, for the published snapshot and index state they were computed
/// from. Many people type the same few things ("pomoč na domu"), and a broad query costs time in proportion to its
/// matches; repeating it, or paging back and forth, then costs a look-up. A publish replaces the snapshot and the index
/// state, and the first search that sees the new ones empties the cache, so no answer outlives the content it came from.
/// </summary>
internal sealed class SearchResultCache<T>(int capacity)
    where T : class
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, T Value)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, T Value)> _recent = [];
    private PublishedSnapshot? _snapshot;
    private IndexState? _state;

    public T GetOrAdd(PublishedSnapshot snapshot, IndexState state, string key, Func<T> compute)
    {
        if (capacity <= 0)
        {
            return compute();
        }

        lock (_lock)
        {
            if (!ReferenceEquals(snapshot, _snapshot) || !ReferenceEquals(state, _state))
            {
                _entries.Clear();
                _recent.Clear();
                _snapshot = snapshot;
                _state = state;
            }
            else if (_entries.TryGetValue(key, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Value;
            }
        }

        // Computed outside the lock: two people asking the same new query at once both compute it, neither waits.
        var value = compute();
        lock (_lock)
        {
            // Kept only while the content it was computed from is still current (a publish may have come meanwhile).
            if (ReferenceEquals(snapshot, _snapshot) && ReferenceEquals(state, _state) && !_entries.ContainsKey(key))
            {
                _entries[key] = _recent.AddFirst((key, value));
                if (_entries.Count > capacity)
                {
                    _entries.Remove(_recent.Last!.Value.Key);
                    _recent.RemoveLast();
                }
            }
        }

        return value;
    }

    /// <summary>Everything that shapes a search's answer, as one string (the query's lists compare by reference otherwise).</summary>
    public static string KeyOf(SearchQuery q)
    {
        static string List(IReadOnlyList<string>? values) => values is null ? "-" : string.Join('\u001f', values);

        return string.Join('\u001e', q.Culture, q.Text, List(q.LifeChallenges), List(q.TargetGroups), List(q.Municipalities), List(q.Costs),
            List(q.ContentTypes), q.Skip.ToString(System.Globalization.CultureInfo.InvariantCulture), q.Take.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
