using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.BackOffice.TreeActions;

namespace NmZaMe.Web.BackOffice.RecycleBin;

/// <summary>
/// The recycle bin: items trashed on their own (not the descendants that went with them), where they came from and
/// when. Restoring needs the edit policy, deleting the publish policy; the links lead to pages that check them.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Content)]
public sealed class IndexModel(CmsDbContext db, ISnapshotSource snapshots, CurrentEditor editor,
    IAuthorizationService authorization, BackOfficeText T) : PageModel
{
    public sealed record Item(Guid Key, string Name, string TypeName, string From, DateTime Trashed, int Descendants);

    public IReadOnlyList<Item> Items { get; private set; } = [];

    public bool CanRestore { get; private set; }

    public bool CanDelete { get; private set; }

    public bool CanEmpty { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await editor.ScopeAsync(cancellationToken);
        if (scope is null)
        {
            return Challenge();
        }

        var schema = snapshots.Current.Schema;
        var trashed = await db.Nodes.AsNoTracking().Where(n => n.Trashed && n.Kind == ContentKind.Document).ToListAsync(cancellationToken);
        var trashedIds = trashed.Select(n => n.Id).ToHashSet();
        var tops = trashed.Where(n => scope.Allows(n) && (n.TrashedParentKey is not null || n.ParentId is null || !trashedIds.Contains(n.ParentId.Value))).ToList();
        var parentKeys = tops.Select(t => t.TrashedParentKey).OfType<Guid>().ToList();
        var parents = await db.Nodes.AsNoTracking().Where(n => parentKeys.Contains(n.Key)).ToListAsync(cancellationToken);
        var trashDates = await TrashDatesAsync(tops.Select(t => t.Key).ToList(), cancellationToken);

        Items = tops
            .Select(t =>
            {
                var parent = parents.FirstOrDefault(p => p.Key == t.TrashedParentKey);
                var from = t.TrashedParentKey is null && t.ParentId is null
                    ? T["Koren vsebine"]
                    : parent is null ? T["(ne obstaja več)"]
                    : parent.Trashed ? T["{0} (v košu)", NodeNames.Of(parent, schema)]
                    : NodeNames.Of(parent, schema);
                var descendants = trashed.Count(n => n.Id != t.Id && n.Path.StartsWith(t.Path + ",", StringComparison.Ordinal) && n.TrashedParentKey is null);
                return new Item(t.Key, NodeNames.Of(t, schema), schema.GetContentType(t.ContentTypeAlias)?.Name is { } typeName ? T[typeName] : t.ContentTypeAlias, from,
                    trashDates.GetValueOrDefault(t.Key, t.UpdateDate), descendants);
            })
            .OrderByDescending(i => i.Trashed)
            .ToList();
        CanRestore = (await authorization.AuthorizeAsync(User, BackOfficePolicies.Restore)).Succeeded;
        CanDelete = (await authorization.AuthorizeAsync(User, BackOfficePolicies.Publish)).Succeeded;
        CanEmpty = CanDelete && scope.AllowsRoot;
        return Page();
    }

    private async Task<Dictionary<Guid, DateTime>> TrashDatesAsync(List<Guid> keys, CancellationToken cancellationToken) =>
        (await db.AuditEntries.AsNoTracking().Where(a => keys.Contains(a.NodeKey) && a.Action == "Trash")
            .Select(a => new { a.NodeKey, a.Date }).ToListAsync(cancellationToken))
        .GroupBy(a => a.NodeKey).ToDictionary(g => g.Key, g => g.Max(a => a.Date));
}
