using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.TreeActions;

namespace NmZaMe.Web.BackOffice.ContentHistory;

/// <summary>An item's audit trail (newest first) and its saved and published versions, each paged.</summary>
[Authorize(Policy = BackOfficePolicies.Content)]
public sealed class HistoryModel(CmsDbContext db, ISnapshotSource snapshots, CurrentEditor editor) : PageModel
{
    public const int PageSize = 20;

    public string Name { get; private set; } = string.Empty;

    public bool Trashed { get; private set; }

    public IReadOnlyList<AuditEntryRecord> Entries { get; private set; } = [];

    public int EntryPage { get; private set; }

    public int EntryPages { get; private set; }

    public IReadOnlyList<ContentVersionRecord> Versions { get; private set; } = [];

    public int VersionPage { get; private set; }

    public int VersionPages { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid key, [FromQuery(Name = "page")] int? page, int? vpage, CancellationToken cancellationToken)
    {
        var scope = await editor.ScopeAsync(cancellationToken);
        var node = scope is null ? null : await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == key && n.Kind == ContentKind.Document, cancellationToken);
        if (scope is null || node is null || !scope.Allows(node))
        {
            return NotFound();
        }

        Name = NodeNames.Of(node, snapshots.Current.Schema);
        Trashed = node.Trashed;

        var entries = db.AuditEntries.AsNoTracking().Where(a => a.NodeKey == key);
        EntryPages = Math.Max(1, (await entries.CountAsync(cancellationToken) + PageSize - 1) / PageSize);
        EntryPage = Math.Clamp(page ?? 1, 1, EntryPages);
        Entries = await entries.OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).Skip((EntryPage - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);

        var versions = db.ContentVersions.AsNoTracking().Where(v => v.NodeId == node.Id);
        VersionPages = Math.Max(1, (await versions.CountAsync(cancellationToken) + PageSize - 1) / PageSize);
        VersionPage = Math.Clamp(vpage ?? 1, 1, VersionPages);
        Versions = await versions.OrderByDescending(v => v.Created).ThenByDescending(v => v.Id).Skip((VersionPage - 1) * PageSize).Take(PageSize)
            .Select(v => new ContentVersionRecord { Id = v.Id, NodeId = v.NodeId, Created = v.Created, Action = v.Action, PublishedCultures = v.PublishedCultures, UserName = v.UserName })
            .ToListAsync(cancellationToken);
        return Page();
    }
}
