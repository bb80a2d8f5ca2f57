using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.TreeActions;

namespace NmZaMe.Web.BackOffice.RecycleBin;

/// <summary>
/// Asks before deleting everything in the recycle bin. Only for users without start nodes: the bin holds other
/// organisations' items too.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Publish)]
public sealed class EmptyModel(CmsDbContext db, ContentCommit commit, CurrentEditor editor) : PageModel
{
    public int Count { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await editor.ScopeAsync(cancellationToken) is not { AllowsRoot: true })
        {
            return NotFound();
        }

        Count = await db.Nodes.CountAsync(n => n.Trashed && n.Kind == ContentKind.Document, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await editor.ScopeAsync(cancellationToken) is not { AllowsRoot: true } scope)
        {
            return NotFound();
        }

        await new EmptyRecycleBin(db, commit).ExecuteAsync(scope.UserName, cancellationToken);
        return Redirect("/umbraco/recycle-bin?done=emptied");
    }
}
