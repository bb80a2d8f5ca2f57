using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Content;

[Authorize(Policy = BackOfficePolicies.Edit)]
public sealed class EditModel(CmsDbContext db, ISnapshotSource snapshots, ContentCommit commit, CurrentEditor editor,
    IAuthorizationService authorization, MailOutbox outbox, BackOfficeText text)
    : ContentEditorPage(db, snapshots, commit, editor, authorization, text)
{
    public List<string> ApprovalCultures { get; } = [];

    public List<DraftComparison.Row> ApprovalChanges { get; } = [];

    /// <summary>
    /// The item's name for the title and breadcrumbs: the edited culture's, else the stored name in the default language
    /// (a culture without a name yet showed "Uredi: " and the key, review B13).
    /// </summary>
    public string Heading => !string.IsNullOrWhiteSpace(Name) ? Name : Node is null ? string.Empty : NameOf(ContentData.Deserialize(Node.DraftData));

    /// <summary>The latest rejection since the last request, so the author sees what to change.</summary>
    public AuditEntryRecord? Rejection { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid key, string? culture, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, culture, cancellationToken) is { } failed)
        {
            return failed;
        }

        Version = Node!.Version;
        var draft = ContentData.Deserialize(Node.DraftData);
        if (!await RestoreKeptAsync())
        {
            LoadStored(draft);
            Message = TempData["ContentMessage"] as string;
        }

        LoadPublishWarnings(draft);
        await LoadLookupsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetSearchAsync(Guid key, string? path, string? q, CancellationToken cancellationToken) =>
        await LoadAsync(key, null, cancellationToken) ?? await SearchJsonAsync(path, q, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid key, string? culture, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, culture ?? Request.Form["Culture"], cancellationToken) is { } failed)
        {
            return failed;
        }

        if (Request.Form["op"] == "unpublish")
        {
            var unpublished = Type.VariesByCulture ? Culture : null;
            if (!Access.CanEditCulture(unpublished ?? string.Empty))
            {
                TempData["ContentMessage"] = T["Jezika {0} ne smete urejati ali objavljati: vaše skupine ga ne dovolijo. Nič ni shranjeno.", unpublished ?? Schema.DefaultCulture];
                return Redirect($"/umbraco/content/{Key}/edit?culture={Uri.EscapeDataString(Culture)}");
            }

            var result = await Unpublisher().ExecuteAsync(Key, unpublished, CanPublish, Access.UserName, cancellationToken);
            if (result.Outcome == ContentOutcome.NeedsApproval)
            {
                result = await new RequestContentChange(Db, outbox).ExecuteAsync(ContentRequestKind.Unpublish, Key, unpublished ?? string.Empty, Access.UserName, cancellationToken);
                TempData["ContentMessage"] = result.Succeeded ? T["Preklic objave je poslan v odobritev; do odobritve vsebina ostane na spletnem mestu."] : T["Objave ni bilo mogoče preklicati."];
                return Redirect($"/umbraco/content/{Key}/edit?culture={Uri.EscapeDataString(Culture)}");
            }

            TempData["ContentMessage"] = result.Succeeded ? T["Objava je preklicana."] : T["Objave ni bilo mogoče preklicati."];
            return Redirect($"/umbraco/content/{Key}/edit?culture={Uri.EscapeDataString(Culture)}");
        }

        var handled = await HandlePostAsync(cancellationToken);
        if (handled is not null)
        {
            return handled;
        }

        await LoadLookupsAsync(cancellationToken);
        await LoadConflictAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid key, string? culture, CancellationToken cancellationToken)
    {
        if (!await InitialiseAsync(cancellationToken))
        {
            return Challenge();
        }

        Node = await Access.DocumentAsync(key, cancellationToken);
        if (Node is null || Schema.GetContentType(Node.ContentTypeAlias) is not { IsElement: false } type)
        {
            return NotFound();
        }

        Type = type;
        Key = Node.Key;
        Culture = Type.VariesByCulture ? NormaliseCulture(culture) : string.Empty;
        if (Node.ApprovalRequestedBy is not null)
        {
            ApprovalCultures.AddRange(await ApproveContent.RequestedCulturesAsync(Db, Key, cancellationToken));
            if (CanPublish)
            {
                ApprovalChanges.AddRange(await DraftComparison.CompareAsync(Db, Schema, Node, ApprovalCultures, T, cancellationToken));
            }
        }
        else
        {
            var last = await Db.AuditEntries.AsNoTracking().Where(a => a.NodeKey == Key && (a.Action == "SendForApproval" || a.Action == "Reject" || a.Action == "Approve"))
                .OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
            Rejection = last?.Action == "Reject" ? last : null;
        }

        return null;
    }
}
