using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Cms.Search;

/// <summary>
/// Words of the site's default language typed on another language's site ("I need pomoč na domu for mother"): each
/// item has both cultures, so such a word is searched in the default culture's text and counts for the same item in
/// the site's culture, word by word, while the rest of the query is searched as usual.
/// </summary>
public sealed partial class SearchService
{
    /// <summary>
    /// A word the site's culture does not know and the default culture does: its stem there (see <see cref="QueryPlan.Foreign"/>).
    /// </summary>
    private static Func<Token, string?>? ForeignWords(IndexState state, string culture, string fallback) =>
        string.Equals(culture, fallback, StringComparison.OrdinalIgnoreCase)
            ? null
            : token => state.Vocabulary.Frequency(culture, token.Stem) > 0 ? null
                : TextAnalyzer.Analyze(token.Lower, fallback).FirstOrDefault() is { Stem.Length: > 0 } other && state.Vocabulary.Frequency(fallback, other.Stem) > 0 ? other.Stem : null;

    /// <summary>
    /// One unit per run of such words (the words as a phrase in the other culture's text, or each word alone when the
    /// run is not found together): the site-culture rows of the items whose other-culture text has them, with the field weight.
    /// </summary>
    private List<(Dictionary<int, double> Rows, int[] Words)> ForeignUnits(IndexState state, string culture, QueryPlan plan, string fallback)
    {
        var units = new List<(Dictionary<int, double>, int[])>();
        var run = new List<int>();
        for (var t = 0; t <= plan.Foreign.Count; t++)
        {
            if (t < plan.Foreign.Count && plan.Foreign[t] is not null)
            {
                run.Add(t);
                continue;
            }

            if (run.Count == 0)
            {
                continue;
            }

            var together = InCulture(state, culture, PhraseRows(state, fallback, run.Select(w => plan.Foreign[w]!).ToArray()));
            if (together.Count > 0 || run.Count == 1)
            {
                units.Add((together, run.ToArray()));
            }
            else
            {
                units.AddRange(run.Select(w => (InCulture(state, culture, PhraseRows(state, fallback, [plan.Foreign[w]!])), new[] { w })));
            }

            run.Clear();
        }

        return units;
    }

    private static Dictionary<int, double> InCulture(IndexState state, string culture, Dictionary<int, double> rows)
    {
        var result = new Dictionary<int, double>(rows.Count);
        foreach (var (row, weight) in rows)
        {
            if (state.Rows.Find(state.Rows.Keys[row], culture) is { } own && weight > result.GetValueOrDefault(own))
            {
                result[own] = weight;
            }
        }

        return result;
    }
}
