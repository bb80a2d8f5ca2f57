namespace NmZaMe.Cms.Search;

/// <summary>
/// Every stem seen in any index document gets a small number, so scoring a broad query's thousands of matches looks up
/// a number in an array per word instead of comparing strings against every query word. Numbers are never reused or
/// taken back: stems are few (a catalogue's vocabulary), like facet values (see <see cref="Facets"/>).
/// </summary>
internal static class StemIds
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, int> Ids = new(StringComparer.Ordinal);

    public static int Count
    {
        get
        {
            lock (Gate)
            {
                return Ids.Count;
            }
        }
    }

    public static int[] Of(string[] stems)
    {
        if (stems.Length == 0)
        {
            return [];
        }

        var ids = new int[stems.Length];
        lock (Gate)
        {
            for (var i = 0; i < stems.Length; i++)
            {
                if (!Ids.TryGetValue(stems[i], out var id))
                {
                    id = Ids.Count;
                    Ids[stems[i]] = id;
                }

                ids[i] = id;
            }
        }

        return ids;
    }

    /// <summary>The number of a stem, or -1 when no document has ever held it.</summary>
    public static int Find(string stem)
    {
        lock (Gate)
        {
            return Ids.TryGetValue(stem, out var id) ? id : -1;
        }
    }
}
