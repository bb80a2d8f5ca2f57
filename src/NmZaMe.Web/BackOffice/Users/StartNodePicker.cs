using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.Users;

/// <summary>
/// A content picker that works without JavaScript: the page is reloaded with <c>?q=</c> and the matching items are
/// offered as radio buttons next to the current choice. Drafts count, so a start node can be set before publishing.
/// </summary>
public sealed record StartNodePicker(string? Query, StartNodePicker.Item? Current, IReadOnlyList<StartNodePicker.Item> Found)
{
    public const int MaxResults = 20;

    public sealed record Item(Guid Key, string Name, string Path);

    public static async Task<StartNodePicker> LoadAsync(CmsDbContext db, Guid? current, string? query, string culture, CancellationToken cancellationToken)
    {
        var nodes = await db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Document && !n.Trashed).ToListAsync(cancellationToken);
        var names = nodes.ToDictionary(n => n.Id, n => NodeNames.Of(n, culture));
        Item ToItem(NodeRecord n) => new(n.Key, names[n.Id], string.Join(" › ", n.Path.Split(',').Skip(1).Select(p => int.TryParse(p, out var id) ? names.GetValueOrDefault(id) : null).OfType<string>()));
        var term = query?.Trim();
        var found = string.IsNullOrEmpty(term)
            ? []
            : nodes.Where(n => names[n.Id].Contains(term, StringComparison.CurrentCultureIgnoreCase) && n.Key != current)
                .OrderBy(n => n.Level).ThenBy(n => names[n.Id], StringComparer.CurrentCultureIgnoreCase)
                .Take(MaxResults).Select(ToItem).ToList();
        var currentNode = current is { } key ? nodes.FirstOrDefault(n => n.Key == key) : null;
        return new StartNodePicker(term, currentNode is null ? null : ToItem(currentNode), found);
    }

    /// <summary>Whether a posted key is a content item that can be a start node (never trust the form's list).</summary>
    public static Task<bool> ExistsAsync(CmsDbContext db, Guid key, CancellationToken cancellationToken) =>
        db.Nodes.AnyAsync(n => n.Key == key && n.Kind == ContentKind.Document && !n.Trashed, cancellationToken);
}
