namespace NmZaMe.Cms.Search;

/// <summary>
/// Builds FTS5 MATCH expressions from analysed query terms. Every term becomes a double-quoted FTS5 string (quotes
/// doubled), so no user text can act as FTS5 syntax: AND, OR, NOT, NEAR, *, :, ^ and brackets are just words here.
/// </summary>
public static class FtsQuery
{
    /// <summary>One query position: alternatives that may match it (the stem, a typo correction, …) and whether it may be a prefix.</summary>
    public sealed record Term(IReadOnlyList<string> Alternatives, bool Prefix);

    /// <summary>All terms must match (AND).</summary>
    public static string All(IReadOnlyList<Term> terms) => string.Join(" AND ", terms.Select(Group));

    /// <summary>Any term may match (OR), for the relaxed second pass.</summary>
    public static string Any(IReadOnlyList<Term> terms) => string.Join(" OR ", terms.Select(Group));

    public static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Group(Term term)
    {
        var parts = term.Alternatives.Distinct(StringComparer.Ordinal).Select(a => term.Prefix && a.Length >= 2 ? Quote(a) + " *" : Quote(a)).ToArray();
        return parts.Length == 1 ? parts[0] : "(" + string.Join(" OR ", parts) + ")";
    }
}
