using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.TreeActions;

/// <summary>Asks before moving an item and its branch to the recycle bin (it leaves the site at once).</summary>
[Authorize(Policy = BackOfficePolicies.Trash)]
public sealed class TrashModel(CmsDbContext db, ISnapshotSource snapshots, ContentCommit commit, CurrentEditor editor, MailOutbox outbox, ReferenceMap references) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    public int Descendants { get; private set; }

    public bool Published { get; private set; }

    /// <summary>Documents that pick or link to the item or its branch and would be left pointing at nothing (review B17).</summary>
    public IReadOnlyList<ContentUsage> UsedBy { get; private set; } = [];

    /// <summary>Of <see cref="UsedBy"/>, those outside the editor's start nodes: counted, not named.</summary>
    public int UsedElsewhere { get; private set; }

    /// <summary>Without the publish permission a published item is not trashed at once: the form sends a request.</summary>
    public bool NeedsApproval => Published && !editor.Can(Permissions.ContentPublish);

    public async Task<IActionResult> OnGetAsync(Guid key, CancellationToken cancellationToken) =>
        await LoadAsync(key, cancellationToken) is not null ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid key, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is not { } loaded)
        {
            return NotFound();
        }

        var (scope, node) = loaded;

        var parentKey = node.ParentId is { } pid ? await db.Nodes.Where(n => n.Id == pid).Select(n => (Guid?)n.Key).FirstOrDefaultAsync(cancellationToken) : null;
        var result = await new TrashContent(db, commit).ExecuteAsync(key, editor.Can(Permissions.ContentPublish), scope.UserName, cancellationToken);
        if (result.Outcome == ContentOutcome.NeedsApproval)
        {
            await new RequestContentChange(db, outbox).ExecuteAsync(ContentRequestKind.Trash, key, string.Empty, scope.UserName, cancellationToken);
            return Redirect($"/umbraco/content/{key}?requested=trash");
        }

        if (!result.Succeeded)
        {
            return NotFound();
        }

        return Redirect(parentKey is { } p && scope.Allows((await db.Nodes.AsNoTracking().FirstAsync(n => n.Key == p, cancellationToken)))
            ? $"/umbraco/content/{p}"
            : "/umbraco/content");
    }

    private async Task<(CurrentEditor Scope, NodeRecord Node)?> LoadAsync(Guid key, CancellationToken cancellationToken)
    {
        var scope = await editor.ScopeAsync(cancellationToken);
        var node = scope is null ? null : await scope.DocumentAsync(key, trashed: false, cancellationToken);
        if (scope is null || node is null)
        {
            return null;
        }

        Name = NodeNames.Of(node, snapshots.Current.Schema);
        Published = node.PublishedData is not null;
        var prefix = node.Path + ",";
        Descendants = await db.Nodes.CountAsync(n => n.Path.StartsWith(prefix) && !n.Trashed, cancellationToken);
        if (HttpMethods.IsGet(Request.Method))
        {
            var usages = await new ContentUsages(db, references).ExecuteAsync(node, snapshots.Current.Schema.DefaultCulture, cancellationToken);
            UsedBy = usages.Where(u => scope.Allows(new NodeRecord { Path = u.Path })).ToList();
            UsedElsewhere = usages.Count - UsedBy.Count;
        }

        return (scope, node);
    }
}
