using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Dashboard;

/// <summary>
/// The landing page: services and organisations whose <c>lastReviewed</c> is over 12 months old or missing, and what
/// changed recently. Read from the published snapshot (no database query), within the user's start nodes.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Content)]
public sealed class IndexModel(PublishedSnapshotService snapshots, UserManager<BackOfficeUser> users, RoleManager<UserGroup> groups, TimeProvider clock) : PageModel
{
    private static readonly string[] ReviewedTypes = ["service", "organisation"];

    public sealed record Row(Guid Key, string Name, string ContentType, DateTime? Date);

    public IReadOnlyList<Row> NeedsReview { get; private set; } = [];

    public IReadOnlyList<Row> RecentlyChanged { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var startNodes = await StartNodes.ForAsync(user, users, groups);
        var snapshot = snapshots.Current;
        var culture = snapshot.Schema.DefaultCulture;
        var visible = snapshot.All.Where(c => StartNodes.Allows(startNodes, snapshot, c)).ToList();
        var cutOff = clock.GetUtcNow().UtcDateTime.AddMonths(-12);

        NeedsReview = visible
            .Where(c => ReviewedTypes.Contains(c.ContentType.Alias))
            .Select(c => new Row(c.Key, Name(c, culture), c.ContentType.Alias, c.Value("lastReviewed", culture) as DateTime?))
            .Where(r => r.Date is null || r.Date < cutOff)
            .OrderBy(r => r.Date ?? DateTime.MinValue)
            .ThenBy(r => r.Name, StringComparer.Create(new System.Globalization.CultureInfo("sl-SI"), ignoreCase: true))
            .ToList();
        RecentlyChanged = visible
            .OrderByDescending(c => c.UpdateDate)
            .Take(15)
            .Select(c => new Row(c.Key, Name(c, culture), c.ContentType.Alias, c.UpdateDate))
            .ToList();
        return Page();
    }

    private static string Name(PublishedContent content, string culture) =>
        content.Name(culture) ?? content.Cultures.Values.FirstOrDefault()?.Name ?? content.Key.ToString();
}
