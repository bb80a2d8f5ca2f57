namespace NmZaMe.Cms.Search;

/// <summary>
/// Editable synonyms (one group per line, comma separated: "pomoč na domu, socialna oskrba, oskrbovalka").
/// Applied at indexing: an item whose text contains one member gets the other members' words as keywords,
/// so multi-word synonyms work without changing the query.
/// </summary>
public sealed class SynonymList
{
    public static readonly SynonymList Empty = new([]);

    private readonly IReadOnlyList<string[][]> _groups;

    private SynonymList(IReadOnlyList<string[][]> groups) => _groups = groups;

    public int Count => _groups.Count;

    public static SynonymList Parse(string? text, string culture)
    {
        var groups = new List<string[][]>();
        foreach (var line in (text ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(2000))
        {
            var members = line.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(m => TextAnalyzer.Analyze(m, culture).Select(t => t.Stem).ToArray())
                .Where(m => m.Length > 0)
                .ToArray();
            if (members.Length > 1)
            {
                groups.Add(members);
            }
        }

        return new SynonymList(groups);
    }

    /// <summary>The member phrases (as stems) to add for a text whose stems are <paramref name="stems"/>.</summary>
    public IEnumerable<string[]> Expand(IReadOnlyList<string> stems)
    {
        foreach (var group in _groups)
        {
            if (group.Any(member => Contains(stems, member)))
            {
                foreach (var member in group)
                {
                    yield return member;
                }
            }
        }
    }

    private static bool Contains(IReadOnlyList<string> stems, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= stems.Count; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Length && all; j++)
            {
                all = stems[i + j] == phrase[j];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
