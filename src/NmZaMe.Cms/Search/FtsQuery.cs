namespace NmZaMe.Cms.Search;

/// <summary>
/// Builds FTS5 MATCH expressions from analysed query terms. Every term becomes a double-quoted FTS5 string (quotes
/// doubled), so no user text can act as FTS5 syntax: AND, OR, NOT, NEAR, *, :, ^ and brackets are just words here.
/// </summary>
public static class FtsQuery
{
    /// <summary>
    /// One query position: words that match it exactly (the stem, a typo correction) and prefixes that match it too
    /// (the last word while it is being typed, a shortened long stem for derived forms: odvisnik → odvisn*).
    /// </summary>
    public sealed record Term(IReadOnlyList<string> Exact, IReadOnlyList<string> Prefixes)
    {
        public bool Accepts(string stem) => IsExact(stem) || HasPrefix(stem);

        public bool IsExact(string stem)
        {
            for (var i = 0; i < Exact.Count; i++)
            {
                if (string.Equals(Exact[i], stem, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private bool HasPrefix(string stem)
        {
            for (var i = 0; i < Prefixes.Count; i++)
            {
                if (stem.StartsWith(Prefixes[i], StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>All terms must match (AND).</summary>
    public static string All(IReadOnlyList<Term> terms) => string.Join(" AND ", terms.Select(Group));

    /// <summary>Any term may match (OR), for the relaxed second pass.</summary>
    public static string Any(IReadOnlyList<Term> terms) => string.Join(" OR ", terms.Select(Group));

    public static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Group(Term term)
    {
        var parts = term.Exact.Distinct(StringComparer.Ordinal).Select(Quote)
            .Concat(term.Prefixes.Where(p => p.Length >= 2).Distinct(StringComparer.Ordinal).Select(p => Quote(p) + " *"))
            .ToArray();
        return parts.Length == 1 ? parts[0] : "(" + string.Join(" OR ", parts) + ")";
    }
}
