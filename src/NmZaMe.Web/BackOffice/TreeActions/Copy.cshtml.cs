using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.TreeActions;

/// <summary>Copies an item (optionally with its descendants) as new unpublished drafts under an allowed parent.</summary>
[Authorize(Policy = BackOfficePolicies.Copy)]
public sealed class CopyModel(CmsDbContext db, ISnapshotSource snapshots, CurrentEditor editor, Cms.Changes.ContentCommit commit, BackOfficeText T) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    public bool HasChildren { get; private set; }

    public ParentPicker Picker { get; private set; } = new();

    [BindProperty]
    public string? ParentKey { get; set; }

    [BindProperty]
    public bool WithDescendants { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid key, string? q, CancellationToken cancellationToken) =>
        await LoadAsync(key, q, cancellationToken) is not null ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid key, string? q, CancellationToken cancellationToken)
    {
        var scope = await LoadAsync(key, q, cancellationToken);
        if (scope is null)
        {
            return NotFound();
        }

        Picker.Selected = ParentKey;
        var (ok, parentKey, error) = await ParentPicker.ResolveAsync(db, scope, ParentKey, "Izberite, kam naj se kopira.", cancellationToken);
        if (!ok)
        {
            ModelState.AddModelError(nameof(ParentKey), T[error!]);
            return Page();
        }

        var result = await new CopyContent(db, snapshots.Current.Schema, commit).ExecuteAsync(key, parentKey, WithDescendants, scope.UserName, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(ParentKey), (result.Errors.Values.FirstOrDefault() is { } refusal ? T[refusal] : T["Vsebine ni bilo mogoče kopirati."]));
            return Page();
        }

        return Redirect($"/umbraco/content/{result.Key}");
    }

    private async Task<CurrentEditor?> LoadAsync(Guid key, string? q, CancellationToken cancellationToken)
    {
        var schema = snapshots.Current.Schema;
        if (await editor.ItemAsync(schema, key, trashed: false, cancellationToken) is not { } item)
        {
            return null;
        }

        var (scope, node, type) = item;
        Name = NodeNames.Of(node, schema);
        HasChildren = await db.Nodes.AnyAsync(n => n.ParentId == node.Id && !n.Trashed, cancellationToken);
        // Copying without descendants may go anywhere allowed, even below the item itself.
        Picker = await ParentPicker.BuildAsync(db, schema, scope, type, null, q, T["Kam naj se kopira"], cancellationToken);
        return scope;
    }
}
