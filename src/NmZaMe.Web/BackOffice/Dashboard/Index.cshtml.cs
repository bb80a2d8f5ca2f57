using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Dashboard;

/// <summary>
/// The landing page, within the user's start nodes: what needs a review (next review date, from <c>lastReviewed</c> and
/// the type's interval in <see cref="ReviewSchedule"/>, passed or within 30 days, or never reviewed), what changed recently (the audit log, or the items' update dates where there is no audit yet), what is
/// scheduled, and — for those who may publish — what waits for approval.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Content)]
public sealed class IndexModel(
    ISnapshotSource snapshots, CmsDbContext db, CurrentEditor editor, ReviewSchedule schedule, TimeProvider clock) : PageModel
{
    private const int Recent = 20;
    private static readonly string[] ReviewedTypes = ["service", "organisation"];

    public sealed record Row(Guid Key, string Name, string ContentType, DateTime? Date, DateTime? Next);

    /// <summary>Entries due within this many days are listed before they are overdue, so they can be confirmed in time.</summary>
    public const int DueSoonDays = 30;

    public DateTime Now { get; private set; }

    public sealed record Change(Guid Key, string Name, DateTime Date, string? UserName, string? Action);

    public sealed record Scheduled(Guid Key, string Name, ScheduleAction Action, string Culture, DateTime Date);

    public sealed record Approval(Guid Key, string Name, string RequestedBy, DateTime? RequestedAt);

    public IReadOnlyList<Row> NeedsReview { get; private set; } = [];

    public IReadOnlyList<Change> RecentlyChanged { get; private set; } = [];

    public IReadOnlyList<Scheduled> Upcoming { get; private set; } = [];

    /// <summary>Null when the user may not publish, so the section is not shown at all.</summary>
    public IReadOnlyList<Approval>? AwaitingApproval { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await editor.LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        var snapshot = snapshots.Current;
        var culture = snapshot.Schema.DefaultCulture;
        var now = clock.GetUtcNow().UtcDateTime;
        Now = now;
        var horizon = now.AddDays(DueSoonDays);

        NeedsReview = snapshot.All
            .Where(c => ReviewedTypes.Contains(c.ContentType.Alias) && editor.Allows(snapshot, c))
            .Select(c => (Content: c, Last: c.Value("lastReviewed", culture) as DateTime?))
            .Select(c => new Row(c.Content.Key, Name(c.Content, culture), c.Content.ContentType.Alias, c.Last, schedule.NextReview(c.Last, c.Content.ContentType.Alias)))
            .Where(r => r.Next is null || r.Next <= horizon)
            .OrderBy(r => r.Next ?? DateTime.MinValue)
            .ThenBy(r => r.Name, StringComparer.Create(new System.Globalization.CultureInfo("sl-SI"), ignoreCase: true))
            .ToList();

        // Drafts and unpublished items are not in the snapshot, so the other lists read the tree from the database.
        var visible = await VisibleNodesAsync(cancellationToken);
        var audit = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
            .Take(500).ToListAsync(cancellationToken);
        var audited = audit.Where(a => visible.ContainsKey(a.NodeKey)).Take(Recent)
            .Select(a => new Change(a.NodeKey, NodeNames.Of(visible[a.NodeKey], culture), a.Date, a.UserName, a.Action)).ToList();
        var withAudit = audited.Select(a => a.Key).ToHashSet();
        var unaudited = visible.Values.Where(n => !withAudit.Contains(n.Key)).OrderByDescending(n => n.UpdateDate).Take(Recent)
            .Select(n => new Change(n.Key, NodeNames.Of(n, culture), n.UpdateDate, null, null));
        RecentlyChanged = audited.Concat(unaudited).OrderByDescending(c => c.Date).Take(Recent).ToList();

        var byId = visible.Values.ToDictionary(n => n.Id);
        Upcoming = (await db.ContentSchedules.AsNoTracking().Where(s => s.Date >= now).OrderBy(s => s.Date).ToListAsync(cancellationToken))
            .Where(s => byId.ContainsKey(s.NodeId))
            .Take(Recent)
            .Select(s => new Scheduled(byId[s.NodeId].Key, NodeNames.Of(byId[s.NodeId], culture), s.Action, s.Culture, s.Date))
            .ToList();

        if (editor.Can(Permissions.ContentPublish))
        {
            AwaitingApproval = visible.Values.Where(n => n.ApprovalRequestedBy != null)
                .OrderBy(n => n.ApprovalRequestedAt)
                .Select(n => new Approval(n.Key, NodeNames.Of(n, culture), n.ApprovalRequestedBy!, n.ApprovalRequestedAt))
                .ToList();
        }

        return Page();
    }

    /// <summary>Documents not in the recycle bin that lie at or under one of the start nodes (all of them without start nodes).</summary>
    private async Task<Dictionary<Guid, NodeRecord>> VisibleNodesAsync(CancellationToken cancellationToken)
    {
        var nodes = await db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Document && !n.Trashed).ToListAsync(cancellationToken);
        return nodes.Where(editor.Allows).ToDictionary(n => n.Key);
    }

    private static string Name(PublishedContent content, string culture) =>
        content.Name(culture) ?? content.Cultures.Values.FirstOrDefault()?.Name ?? content.Key.ToString();
}
