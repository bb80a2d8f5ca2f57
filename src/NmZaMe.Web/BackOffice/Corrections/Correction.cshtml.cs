using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Corrections;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Corrections;

/// <summary>
/// One citizen's correction: accept (on to the item's editor, where the note is shown beside the form), reject with a
/// reason, or mark done. Suggestions about items outside the editor's start nodes answer 404, like missing ones.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Corrections)]
public sealed class CorrectionModel(CorrectionInbox inbox, HandleCorrection handle, CurrentEditor editor, ISnapshotSource snapshots, BackOfficeText T) : PageModel
{
    public CorrectionInbox.Row Row { get; private set; } = null!;

    public ISnapshotSource Snapshots => snapshots;

    [BindProperty]
    public string? Reason { get; set; }

    public string? ReasonError { get; private set; }

    /// <summary>Why an action was refused (it was closed meanwhile).</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid key, CancellationToken cancellationToken) =>
        await LoadAsync(key, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAcceptAsync(Guid key, CancellationToken cancellationToken) =>
        await ActAsync(key, HandleCorrection.Action.Accept, null, cancellationToken);

    public async Task<IActionResult> OnPostRejectAsync(Guid key, CancellationToken cancellationToken) =>
        await ActAsync(key, HandleCorrection.Action.Reject, Reason, cancellationToken);

    /// <summary>From the editor's note (<c>returnTo=edit</c>) back to the editor, else to the suggestion.</summary>
    public async Task<IActionResult> OnPostDoneAsync(Guid key, string? returnTo, CancellationToken cancellationToken) =>
        await ActAsync(key, HandleCorrection.Action.Done, null, cancellationToken, returnTo == "edit");

    private async Task<IActionResult> ActAsync(Guid key, HandleCorrection.Action action, string? reason, CancellationToken cancellationToken, bool backToEditor = false)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        var error = await handle.ExecuteAsync(key, action, reason, editor.UserName, cancellationToken);
        if (error is HandleCorrection.Errors.NotFound)
        {
            return NotFound();
        }

        if (error is not null)
        {
            ReasonError = error switch
            {
                HandleCorrection.Errors.ReasonMissing => T["Napišite razlog; če je občan pustil e-poštni naslov, ga dobi v odgovoru."],
                HandleCorrection.Errors.ReasonTooLong => T["Razlog je lahko dolg največ 1000 znakov."],
                _ => null,
            };
            Refusal = ReasonError is null ? T["Predlog je že rešen."] : null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var itemInTree = await editor.DocumentAsync(Row.ItemKey, cancellationToken) is not null;
        return action switch
        {
            HandleCorrection.Action.Accept when itemInTree => Redirect($"/umbraco/content/{Row.ItemKey}/edit#corrections"),
            HandleCorrection.Action.Done when backToEditor && itemInTree => Redirect($"/umbraco/content/{Row.ItemKey}/edit"),
            _ => Redirect($"/umbraco/corrections/{key}"),
        };
    }

    private async Task<bool> LoadAsync(Guid key, CancellationToken cancellationToken)
    {
        if (!await editor.LoadAsync(cancellationToken) || await inbox.GetAsync(key, editor.StartContentIds, cancellationToken) is not { } row)
        {
            return false;
        }

        Row = row;
        return true;
    }
}
