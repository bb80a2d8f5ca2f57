using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Web.BackOffice.TreeActions;

/// <summary>
/// The places an item of a type may go, for move, copy and restore: items whose type allows it (and the root when the
/// type may be there and the user may use the root), in the user's scope, filtered by a name search.
/// </summary>
public sealed class ParentPicker
{
    public const int MaxShown = 50;

    public const string RootValue = "root";

    public sealed record Candidate(Guid Key, string Name, string Location);

    public string? Query { get; init; }

    public bool RootAllowed { get; init; }

    public IReadOnlyList<Candidate> Candidates { get; init; } = [];

    public int Total { get; init; }

    public string? Selected { get; set; }

    public string Legend { get; init; } = string.Empty;

    /// <summary>
    /// The parent a form chose (null key: the root), or the error to show: nothing chosen, or a place outside the
    /// user's scope, which gets the same answer as a missing one since the list offered only what is in scope.
    /// </summary>
    public static async Task<(bool Ok, Guid? Key, string? Error)> ResolveAsync(CmsDbContext db, CurrentEditor scope, string? value, string nothingChosen,
        CancellationToken cancellationToken)
    {
        if (value == RootValue)
        {
            return scope.AllowsRoot ? (true, null, null) : (false, null, "Nadrejena vsebina ne obstaja.");
        }

        if (!Guid.TryParse(value, out var key))
        {
            return (false, null, nothingChosen);
        }

        return await scope.DocumentAsync(key, trashed: false, cancellationToken) is null ? (false, null, "Nadrejena vsebina ne obstaja.") : (true, key, null);
    }

    /// <param name="exclude">An item whose branch may not be chosen (moving into itself), or null.</param>
    public static async Task<ParentPicker> BuildAsync(CmsDbContext db, ContentSchema schema, CurrentEditor scope, ContentType type, NodeRecord? exclude,
        string? query, string legend, CancellationToken cancellationToken)
    {
        var allowedParents = schema.ContentTypes.Where(t => t.AllowedChildren.Any(c => c.Key == type.Key)).Select(t => t.Alias).ToList();
        var nodes = await db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Document && !n.Trashed).ToListAsync(cancellationToken);
        var names = nodes.ToDictionary(n => n.Id, n => NodeNames.Of(n, schema));
        var folded = string.IsNullOrWhiteSpace(query) ? null : UrlSegment.Fold(query.Trim()).ToLowerInvariant();
        var matches = nodes
            .Where(n => allowedParents.Contains(n.ContentTypeAlias) && scope.Allows(n) && (exclude is null || !ContentTree.IsInBranch(n, exclude)))
            .Where(n => folded is null || UrlSegment.Fold(names[n.Id]).ToLowerInvariant().Contains(folded, StringComparison.Ordinal))
            .OrderBy(n => n.Path.Length).ThenBy(n => names[n.Id], SlovenianCollation.Comparer)
            .ToList();
        return new ParentPicker
        {
            Query = query,
            RootAllowed = type.AllowAtRoot && scope.AllowsRoot,
            Total = matches.Count,
            Candidates = matches.Take(MaxShown).Select(n => new Candidate(n.Key, names[n.Id], Location(n, names))).ToList(),
            Legend = legend,
        };
    }

    private static string Location(NodeRecord node, Dictionary<int, string> names) =>
        string.Join(" › ", node.Path.Split(',').Select(int.Parse).Where(id => id > 0 && id != node.Id).Select(id => names.GetValueOrDefault(id)).OfType<string>());
}
