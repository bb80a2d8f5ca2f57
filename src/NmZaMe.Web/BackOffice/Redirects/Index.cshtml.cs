using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Redirects;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.Site;

namespace NmZaMe.Web.BackOffice.Redirects;

/// <summary>
/// Umbraco's Redirect URL Management dashboard: the recorded old addresses, where each leads now, and a delete button.
/// Reads the in-memory table and snapshot; deleting needs the publish permission.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Settings)]
public sealed class IndexModel(CmsDbContext db, RedirectTracker tracker, ContentCommit commit, ISnapshotSource snapshots, IAuthorizationService authorization, BackOfficeText T) : PageModel
{
    public sealed record Row(long Id, string OldUrl, string Culture, string? TargetName, string? TargetUrl, Guid NodeKey, DateTime Created);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Filter { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public bool CanDelete { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done)
    {
        await LoadAsync();
        Message = done switch
        {
            "deleted" => T["Preusmeritev je izbrisana."],
            "gone" => T["Te preusmeritve ni več."],
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, BackOfficePolicies.Publish)).Succeeded)
        {
            return Forbid();
        }

        var deleted = await new DeleteRedirect(db, tracker, commit).ExecuteAsync(id, cancellationToken);
        return RedirectToPage(new { q = Filter, done = deleted ? "deleted" : "gone" });
    }

    public string Show(DateTime utc) => Scheduling.LocalTime.Show(utc, T.Culture);

    private async Task LoadAsync()
    {
        CanDelete = (await authorization.AuthorizeAsync(User, BackOfficePolicies.Publish)).Succeeded;
        var snapshot = snapshots.Current;
        var entries = tracker.Table.Entries;
        Total = entries.Count;
        var filter = Filter?.Trim();
        Rows = entries
            .Select(e =>
            {
                var target = snapshot.Get(e.NodeKey);
                var language = SiteLanguage.All.FirstOrDefault(l => string.Equals(l.Culture, e.Culture, StringComparison.OrdinalIgnoreCase));
                var prefix = language is null ? string.Empty : "/" + language.Segment;
                var route = target is null ? null : snapshot.Route(target, e.Culture);
                return new Row(e.Id, prefix + e.Path, e.Culture, target?.Name(e.Culture) ?? target?.Cultures.Values.FirstOrDefault()?.Name,
                    route is null ? null : prefix + route, e.NodeKey, e.Created);
            })
            .Where(r => string.IsNullOrEmpty(filter)
                || r.OldUrl.Contains(filter, StringComparison.OrdinalIgnoreCase)
                || (r.TargetName?.Contains(filter, StringComparison.OrdinalIgnoreCase) ?? false)
                || (r.TargetUrl?.Contains(filter, StringComparison.OrdinalIgnoreCase) ?? false))
            .Take(500)
            .ToList();
    }
}
