using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.TreeActions;

/// <summary>Moves an item with its branch under another allowed parent, chosen from a searchable list.</summary>
[Authorize(Policy = BackOfficePolicies.Move)]
public sealed class MoveModel(CmsDbContext db, ISnapshotSource snapshots, ContentCommit commit, CurrentEditor editor, MailOutbox outbox, BackOfficeText T) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    public string Location { get; private set; } = string.Empty;

    public ParentPicker Picker { get; private set; } = new();

    [BindProperty]
    public string? ParentKey { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid key, string? q, CancellationToken cancellationToken) =>
        await LoadAsync(key, q, cancellationToken) is { } scope ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid key, string? q, CancellationToken cancellationToken)
    {
        var scope = await LoadAsync(key, q, cancellationToken);
        if (scope is null)
        {
            return NotFound();
        }

        Picker.Selected = ParentKey;
        var (ok, parentKey, error) = await ParentPicker.ResolveAsync(db, scope, ParentKey, "Izberite novo nadrejeno vsebino.", cancellationToken);
        if (!ok)
        {
            ModelState.AddModelError(nameof(ParentKey), T[error!]);
            return Page();
        }

        var result = await new MoveContent(db, snapshots.Current.Schema, commit).ExecuteAsync(key, parentKey, editor.Can(Permissions.ContentPublish), scope.UserName, cancellationToken);
        if (result.Outcome == ContentOutcome.NeedsApproval)
        {
            await new RequestContentChange(db, outbox).ExecuteAsync(ContentRequestKind.Move, key, ContentRequests.Parent(parentKey), scope.UserName, cancellationToken);
            return Redirect($"/umbraco/content/{key}?requested=move");
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(ParentKey), (result.Errors.Values.FirstOrDefault() is { } refusal ? T[refusal] : T["Vsebine ni bilo mogoče premakniti."]));
            return Page();
        }

        return Redirect($"/umbraco/content/{key}");
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
        Location = await Locations.DescribeAsync(db, schema, node, T["Koren vsebine"], cancellationToken);
        Picker = await ParentPicker.BuildAsync(db, schema, scope, type, node, q, T["Nova nadrejena vsebina"], cancellationToken);
        return scope;
    }
}
