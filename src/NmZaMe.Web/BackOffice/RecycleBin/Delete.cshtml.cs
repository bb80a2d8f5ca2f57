using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.TreeActions;

namespace NmZaMe.Web.BackOffice.RecycleBin;

/// <summary>Asks before deleting one trashed item (and its branch) for good.</summary>
[Authorize(Policy = BackOfficePolicies.Publish)]
public sealed class DeleteModel(CmsDbContext db, ISnapshotSource snapshots, ContentCommit commit, CurrentEditor editor) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    public int Descendants { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid key, CancellationToken cancellationToken) =>
        await LoadAsync(key, cancellationToken) is not null ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid key, CancellationToken cancellationToken)
    {
        var scope = await LoadAsync(key, cancellationToken);
        if (scope is null || !(await new DeleteContent(db, commit).ExecuteAsync(key, scope.UserName, cancellationToken)).Succeeded)
        {
            return NotFound();
        }

        return Redirect("/umbraco/recycle-bin?done=deleted");
    }

    private async Task<CurrentEditor?> LoadAsync(Guid key, CancellationToken cancellationToken)
    {
        var scope = await editor.ScopeAsync(cancellationToken);
        var node = scope is null ? null : await scope.DocumentAsync(key, trashed: true, cancellationToken);
        if (scope is null || node is null)
        {
            return null;
        }

        Name = NodeNames.Of(node, snapshots.Current.Schema);
        var prefix = node.Path + ",";
        Descendants = await db.Nodes.CountAsync(n => n.Path.StartsWith(prefix), cancellationToken);
        return scope;
    }
}
