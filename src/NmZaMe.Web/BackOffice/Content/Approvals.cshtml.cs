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
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>What writers and organisation editors sent for approval, with draft against published, to approve or send back.</summary>
[Authorize(Policy = BackOfficePolicies.Publish)]
public sealed class ApprovalsModel(CmsDbContext db, ISnapshotSource snapshots, ContentCommit commit, CurrentEditor access,
    MailOutbox outbox, BackOfficeText T) : PageModel
{
    public sealed record Waiting(Guid Key, string Name, string TypeName, string RequestedBy, DateTime? RequestedAt, IReadOnlyList<string> Cultures,
        IReadOnlyList<DraftComparison.Row> Changes);

    public List<Waiting> Items { get; } = [];

    /// <summary>Moves, new orders, unpublishes and trashes asked for by users without the publish permission.</summary>
    public List<ApprovalRequest> Requests { get; private set; } = [];

    /// <summary>Why a request could not be applied, by request id.</summary>
    public Dictionary<long, string> RequestErrors { get; } = [];

    public string? Message { get; private set; }

    public Dictionary<Guid, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await access.LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        Message = TempData["ApprovalMessage"] as string;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid key, CancellationToken cancellationToken)
    {
        if (!await access.LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        if (await access.DocumentAsync(key, cancellationToken) is null)
        {
            return NotFound();
        }

        // Approving publishes the requested cultures: only with the right to each of them (language permissions).
        if ((await ApproveContent.RequestedCulturesAsync(db, key, cancellationToken)).DefaultIfEmpty(string.Empty).FirstOrDefault(c => !access.CanEditCulture(c)) is { } culture)
        {
            Errors[key] = T["Jezika {0} ne smete urejati ali objavljati: vaše skupine ga ne dovolijo. Nič ni shranjeno.", culture.Length > 0 ? culture : snapshots.Current.Schema.DefaultCulture];
            await LoadAsync(cancellationToken);
            return Page();
        }

        var schema = snapshots.Current.Schema;
        var result = await new ApproveContent(db, new PublishContent(db, schema, commit), outbox).ExecuteAsync(key, access.UserName, cancellationToken);
        if (result.Outcome == ContentOutcome.Invalid)
        {
            db.ChangeTracker.Clear();
            Errors[key] = T["Osnutka ni mogoče objaviti: {0}", string.Join(" ", result.Errors.Select(e => $"{e.Key}: {T[e.Value]}"))];
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["ApprovalMessage"] = result.Succeeded ? T["Odobreno in objavljeno."] : T["Ta vsebina ne čaka več na odobritev."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid key, string? note, CancellationToken cancellationToken)
    {
        if (!await access.LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        if (await access.DocumentAsync(key, cancellationToken) is null)
        {
            return NotFound();
        }

        var result = await new RejectContent(db, outbox).ExecuteAsync(key, note, access.UserName, cancellationToken);
        if (result.Outcome == ContentOutcome.Invalid)
        {
            Errors[key] = T[result.Errors.Values.First()];
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["ApprovalMessage"] = result.Succeeded ? T["Zavrnjeno, avtor vidi vašo opombo v zgodovini."] : T["Ta vsebina ne čaka več na odobritev."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostApproveRequestAsync(long id, CancellationToken cancellationToken)
    {
        if (await RequestInScopeAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        // A branch publishes every culture it names (an invariant item: the default language's): only with the right to each.
        var branch = await db.ContentRequests.AsNoTracking().Where(r => r.Id == id && r.Kind == ContentRequestKind.PublishBranch).Select(r => r.Argument).FirstOrDefaultAsync(cancellationToken);
        if (branch is not null && ContentRequests.Branch(branch).SelectMany(i => i.Cultures.DefaultIfEmpty(string.Empty)).FirstOrDefault(c => !access.CanEditCulture(c)) is { } culture)
        {
            RequestErrors[id] = T["Jezika {0} ne smete urejati ali objavljati: vaše skupine ga ne dovolijo. Nič ni shranjeno.", culture.Length > 0 ? culture : snapshots.Current.Schema.DefaultCulture];
            await LoadAsync(cancellationToken);
            return Page();
        }

        var result = await new ApproveContentRequest(db, snapshots.Current.Schema, commit, outbox).ExecuteAsync(id, access.UserName, cancellationToken);
        if (result.Outcome is ContentOutcome.Invalid or ContentOutcome.Conflict)
        {
            db.ChangeTracker.Clear();
            RequestErrors[id] = T["Spremembe ni mogoče uveljaviti: {0}", string.Join(" ", result.Errors.Values.Select(e => T[e]))];
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["ApprovalMessage"] = result.Succeeded ? T["Odobreno; sprememba je na spletnem mestu."] : T["Ta vsebina ne čaka več na odobritev."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRejectRequestAsync(long id, string? note, CancellationToken cancellationToken)
    {
        if (await RequestInScopeAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await new RejectContentRequest(db, outbox).ExecuteAsync(id, note, access.UserName, cancellationToken);
        if (result.Outcome == ContentOutcome.Invalid)
        {
            RequestErrors[id] = T[result.Errors.Values.First()];
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["ApprovalMessage"] = result.Succeeded ? T["Zavrnjeno; spletno mesto ostane, kot je."] : T["Ta vsebina ne čaka več na odobritev."];
        return RedirectToPage();
    }

    /// <summary>Null when the request exists and its item is within the editor's start nodes; requests elsewhere look missing.</summary>
    private async Task<IActionResult?> RequestInScopeAsync(long id, CancellationToken cancellationToken)
    {
        if (!await access.LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        var visible = await ApprovalRequests.ForAsync(db, access, snapshots.Current.Schema, T, cancellationToken);
        return visible.Any(r => r.Id == id) ? null : NotFound();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var schema = snapshots.Current.Schema;
        Requests = await ApprovalRequests.ForAsync(db, access, schema, T, cancellationToken);
        var waiting = await db.Nodes.AsNoTracking()
            .Where(n => n.ApprovalRequestedBy != null && !n.Trashed && n.Kind == ContentKind.Document)
            .OrderBy(n => n.ApprovalRequestedAt).ToListAsync(cancellationToken);
        foreach (var node in waiting.Where(access.Allows))
        {
            var cultures = await ApproveContent.RequestedCulturesAsync(db, node.Key, cancellationToken);
            var draft = ContentData.Deserialize(node.DraftData);
            var name = draft.Names.GetValueOrDefault(schema.DefaultCulture) ?? draft.Names.Values.FirstOrDefault() ?? node.Key.ToString();
            Items.Add(new Waiting(node.Key, name, schema.GetContentType(node.ContentTypeAlias)?.Name is { } typeName ? T[typeName] : node.ContentTypeAlias,
                node.ApprovalRequestedBy!, node.ApprovalRequestedAt, cultures, await DraftComparison.CompareAsync(db, schema, node, cultures, T, cancellationToken)));
        }
    }
}
