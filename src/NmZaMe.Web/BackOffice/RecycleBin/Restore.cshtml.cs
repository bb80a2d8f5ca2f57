using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.BackOffice.TreeActions;

namespace NmZaMe.Web.BackOffice.RecycleBin;

/// <summary>
/// Restores a trashed item: to where it came from when that place still exists (and is the user's), otherwise to a
/// place the user picks among the allowed parents.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Restore)]
public sealed class RestoreModel(CmsDbContext db, ISnapshotSource snapshots, ContentCommit commit, CurrentEditor editor, BackOfficeText T) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    /// <summary>The original parent's name ("" for the root) when the item can go back there; null when it cannot.</summary>
    public string? Original { get; private set; }

    public ParentPicker Picker { get; private set; } = new();

    [BindProperty]
    public string? ParentKey { get; set; }

    [BindProperty]
    public bool ToOriginal { get; set; }

    /// <summary>Restore and publish again what was on the site when it was trashed (content.restore and content.publish).</summary>
    [BindProperty]
    public bool Republish { get; set; }

    /// <summary>Whether "restore and republish" is offered: the editor may publish and something of the branch was live.</summary>
    public bool CanRepublish { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid key, string? q, CancellationToken cancellationToken) =>
        await LoadAsync(key, q, cancellationToken) is not null ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid key, string? q, CancellationToken cancellationToken)
    {
        var scope = await LoadAsync(key, q, cancellationToken);
        if (scope is null)
        {
            return NotFound();
        }

        var schema = snapshots.Current.Schema;
        RestoreContentCommand command;
        if (ToOriginal)
        {
            if (Original is null)
            {
                ModelState.AddModelError(nameof(ParentKey), T["Prvotna nadrejena vsebina ne obstaja več ali je v košu. Izberite, kam naj se vsebina obnovi."]);
                return Page();
            }

            command = new RestoreContentCommand(key, UserName: scope.UserName);
        }
        else
        {
            Picker.Selected = ParentKey;
            var (ok, parentKey, error) = await ParentPicker.ResolveAsync(db, scope, ParentKey, "Izberite, kam naj se vsebina obnovi.", cancellationToken);
            if (!ok)
            {
                ModelState.AddModelError(nameof(ParentKey), T[error!]);
                return Page();
            }

            command = new RestoreContentCommand(key, parentKey, ToRoot: parentKey is null, UserName: scope.UserName);
        }

        if (Republish && !scope.Can(Permissions.ContentPublish))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var (result, republished) = Republish
            ? await new RestoreAndRepublish(db, schema, commit).ExecuteAsync(command, cancellationToken)
            : (await new RestoreContent(db, schema, commit).ExecuteAsync(command, cancellationToken), null);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(ParentKey), (result.Errors.Values.FirstOrDefault() is { } error ? T[error] : T["Vsebine ni bilo mogoče obnoviti."]));
            return Page();
        }

        if (republished is { Succeeded: false })
        {
            TempData["RecycleBinMessage"] = T["Obnovljeno, a ni znova objavljeno zaradi napak (popravite jih v urejevalniku): {0}.", string.Join(", ", republished.Failed.Select(f => f.Name))];
        }

        return Redirect(republished is { Succeeded: true } ? "/umbraco/recycle-bin?done=republished" : "/umbraco/recycle-bin?done=restored");
    }

    private async Task<CurrentEditor?> LoadAsync(Guid key, string? q, CancellationToken cancellationToken)
    {
        var schema = snapshots.Current.Schema;
        if (await editor.ItemAsync(schema, key, trashed: true, cancellationToken) is not { } item)
        {
            return null;
        }

        var (scope, node, type) = item;
        Name = NodeNames.Of(node, schema);
        if (node.TrashedParentKey is { } parentKey)
        {
            var parent = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == parentKey && !n.Trashed, cancellationToken);
            Original = parent is not null && scope.Allows(parent) && ContentTree.Refusal(schema, type, parent) is null ? NodeNames.Of(parent, schema) : null;
        }
        else if (node.ParentId is null)
        {
            Original = scope.AllowsRoot && type.AllowAtRoot ? string.Empty : null;
        }

        CanRepublish = scope.Can(Permissions.ContentPublish)
            && await db.Nodes.AnyAsync(n => (n.Id == node.Id || n.Path.StartsWith(node.Path + ",")) && n.PublishedData != null, cancellationToken);
        Picker = await ParentPicker.BuildAsync(db, schema, scope, type, node, q, T["Obnovi pod"], cancellationToken);
        return scope;
    }
}
