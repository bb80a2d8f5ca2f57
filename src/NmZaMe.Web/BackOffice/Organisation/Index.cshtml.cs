using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Organisation;

/// <summary>
/// "Moji vnosi": an organisation editor's entries (their organisation and its services, drafts included) with what needs
/// attention first: a review that is due, changes sent back, an approval still waiting, an alert on the site, open
/// suggestions from citizens (<see cref="IOpenCorrections"/>). Everyone with content.browse sees the entries within their
/// own start nodes; the ticked ones are confirmed unchanged in one go (<c>/umbraco/review/confirm</c>).
/// </summary>
[Authorize(Policy = BackOfficePolicies.Content)]
public sealed class IndexModel(CmsDbContext db, ISnapshotSource snapshots, CurrentEditor editor, ReviewSchedule schedule, IOpenCorrections corrections, TimeProvider clock, BackOfficeText T) : PageModel
{
    private static readonly string[] EntryTypes = ["organisation", "service"];

    public sealed record Entry(Guid Key, string Name, string Type, bool Published, DateTime? NextReview, bool ReviewDue, bool Rejected, string? RejectionNote, bool AwaitingApproval, string? Alert, int OpenCorrections)
    {
        public bool NeedsAttention => ReviewDue || Rejected || Alert is not null || OpenCorrections > 0;
    }

    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await editor.LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var culture = T.IsEnglish ? "en-US" : "sl-SI";
        var nodes = (await db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Document && !n.Trashed && EntryTypes.Contains(n.ContentTypeAlias)).ToListAsync(cancellationToken))
            .Where(editor.Allows).ToList();
        var keys = nodes.Select(n => n.Key).ToList();
        var decisions = (await db.AuditEntries.AsNoTracking()
                .Where(a => keys.Contains(a.NodeKey) && (a.Action == "SendForApproval" || a.Action == "Reject" || a.Action == "Approve"))
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.NodeKey).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Id).First());
        var open = await corrections.CountAsync(keys, cancellationToken);
        var snapshot = snapshots.Current;
        Entries = nodes.Select(n =>
            {
                var live = snapshot.Get(n.Key);
                var last = n.PublishedData is null ? null : ReviewSchedule.LastReviewed(ContentData.Deserialize(n.PublishedData));
                var next = schedule.NextReview(last, n.ContentTypeAlias);
                var rejected = n.ApprovalRequestedBy is null && decisions.TryGetValue(n.Key, out var decision) && decision.Action == "Reject" ? decision : null;
                var alert = live is not null && ServiceAlert.IsCurrent(live, now) && (live.Value(ServiceAlert.Alert, culture) ?? live.Value(ServiceAlert.Alert, "sl-SI")) is string { Length: > 0 } text ? text : null;
                return new Entry(n.Key, NodeNames.Of(n, culture), n.ContentTypeAlias, n.PublishedData is not null, next,
                    n.PublishedData is not null && (next is null || next <= now.AddDays(Dashboard.IndexModel.DueSoonDays)),
                    rejected is not null, rejected?.Detail, n.ApprovalRequestedBy is not null, alert, open.GetValueOrDefault(n.Key));
            })
            .OrderByDescending(e => e.NeedsAttention)
            .ThenBy(e => e.Type == "organisation" ? 0 : 1)
            .ThenBy(e => e.Name, StringComparer.Create(T.Culture, ignoreCase: true))
            .ToList();
        return Page();
    }
}
