using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Spreadsheets;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Spreadsheets;

/// <summary>
/// The preview of an uploaded file and its confirmation. Both compare the kept rows with the database as it is now, so
/// what is confirmed is what the page showed unless someone saved meanwhile, in which case the page shows the new state
/// again. The confirmation imports in one transaction (<see cref="ImportCatalogue"/>): drafts for an editor who may
/// publish, requests for approval for one who may not.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Import)]
public sealed class ImportPreviewModel(CmsDbContext db, ISnapshotSource snapshots, ImportBatches batches, CurrentEditor editor, Cms.Mail.MailOutbox outbox,
    Cms.Changes.ContentCommit commit, BackOfficeText T) : PageModel
{
    public ImportPlan Plan { get; private set; } = new([], []);

    public string FileName { get; private set; } = string.Empty;

    /// <summary>Without the right to publish, the import sends every created or changed entry for approval.</summary>
    public bool SendsForApproval => !editor.Can(Permissions.ContentPublish);

    /// <summary>The batch is not there (expired, imported, someone else's).</summary>
    public bool Missing { get; private set; }

    /// <summary>Set when the confirmation failed: nothing was saved.</summary>
    public string? Failure { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid batch, CancellationToken cancellationToken) =>
        await LoadAsync(batch, cancellationToken) is { } found ? Page() : Gone();

    public async Task<IActionResult> OnPostAsync(Guid batch, CancellationToken cancellationToken)
    {
        if (await LoadAsync(batch, cancellationToken) is not { } found)
        {
            return Gone();
        }

        if (Plan.HasErrors)
        {
            Failure = T["Nič ni bilo uvoženo: datoteka ima napake. Popravite jih in jo naložite znova."];
            return Page();
        }

        var schema = snapshots.Current.Schema;
        var save = new SaveContent(db, schema, commit);
        var result = await new ImportCatalogue(db, save, new RequestApproval(db, save, outbox), commit)
            .ExecuteAsync(new(Plan, SendsForApproval, editor.UserName, $"{found.FileName} ({found.Id})"), cancellationToken);
        if (!result.Succeeded)
        {
            Failure = result.Failed is { } failed
                ? T["Nič ni bilo uvoženo: vrstice {0} ni bilo mogoče shraniti ({1}).", failed.Row, string.Join(" ", failed.Errors.Select(e => (e.Key.Length == 0 ? string.Empty : e.Key + ": ") + T[e.Value]))]
                : T["Nič ni bilo uvoženo: datoteka ima napake. Popravite jih in jo naložite znova."];
            return Page();
        }

        batches.Remove(found.Id);
        TempData[nameof(ImportModel.Done)] = (SendsForApproval
            ? T["Uvoženo in poslano v odobritev: {0} novih in {1} spremenjenih vnosov.", result.Created, result.Changed]
            : T["Uvoženo kot osnutki: {0} novih in {1} spremenjenih vnosov.", result.Created, result.Changed]);
        return Redirect(ImportModel.Path);
    }

    private async Task<ImportBatches.Batch?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await editor.ScopeAsync(cancellationToken) is not { } scope || batches.Find(scope.User.Id, id) is not { } batch)
        {
            return null;
        }

        FileName = batch.FileName;
        Plan = await new PlanImport(db, snapshots.Current.Schema).ExecuteAsync(new(batch.Rows, scope.Allows, scope.UserName, scope.CanEditCulture), cancellationToken);
        return batch;
    }

    /// <summary>An expired, imported or someone else's batch: the same page for all three, with the way back.</summary>
    private IActionResult Gone()
    {
        Missing = true;
        Failure = T["Tega predogleda ni več: uvoz je že opravljen ali je predogled potekel (po {0} minutah). Naložite datoteko znova.", (int)ImportBatches.Lifetime.TotalMinutes];
        var page = Page();
        page.StatusCode = StatusCodes.Status404NotFound;
        return page;
    }
}
