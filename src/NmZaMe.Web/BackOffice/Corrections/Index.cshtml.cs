using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Corrections;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.BackOffice.Corrections;

/// <summary>
/// "Predlogi popravkov": citizens' corrections about the entries within the editor's start nodes (all of them for the
/// office), filtered by status and organisation, each linked to its item.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Corrections)]
public sealed class IndexModel(CorrectionInbox inbox, CurrentEditor editor, ISnapshotSource snapshots) : PageModel
{
    public IReadOnlyList<CorrectionInbox.Row> Rows { get; private set; } = [];

    /// <summary>The organisations the editor has suggestions about, for the filter.</summary>
    public IReadOnlyList<Guid> Organisations { get; private set; } = [];

    public CorrectionStatus? Status { get; private set; }

    public Guid? Organisation { get; private set; }

    public ISnapshotSource Snapshots => snapshots;

    public async Task<IActionResult> OnGetAsync(string? status, Guid? organisation, CancellationToken cancellationToken)
    {
        if (!await editor.LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        // Open ones first: without a choice the list shows what waits for someone.
        Status = status is null ? CorrectionStatus.New : CorrectionNames.Parse(status);
        Organisation = organisation;
        Rows = await inbox.ListAsync(Status, Organisation, editor.StartContentIds, cancellationToken);
        Organisations = (await inbox.ListAsync(null, null, editor.StartContentIds, cancellationToken))
            .Select(r => r.OrganisationKey).OfType<Guid>().Distinct().ToList();
        return Page();
    }
}
