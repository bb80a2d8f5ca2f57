using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Scheduling;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Scheduling;

/// <summary>Everything waiting to be published or unpublished, soonest first, within the user's start nodes.</summary>
[Authorize(Policy = BackOfficePolicies.Content)]
public sealed class ScheduledModel(CmsDbContext db, ISnapshotSource snapshots, CurrentEditor editor, BackOfficeText T) : PageModel
{
    public IReadOnlyList<UpcomingSchedule> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Nobody signed in sees nothing, as a user whose start nodes are all gone.
        var startNodes = await editor.LoadAsync(cancellationToken) ? editor.StartContentKeys : new HashSet<Guid>();
        Entries = await new UpcomingSchedules(db, snapshots.Current.Schema.DefaultCulture).ListAsync(startNodes, 500, null, cancellationToken);
        return Page();
    }

    public string Describe(ScheduleAction action) => action == ScheduleAction.Publish ? T["Objava"] : T["Preklic objave"];

    public string LanguageName(string culture) => LanguageNames.Of(snapshots.Current.Schema, culture, T);

    public string Show(DateTime utc) => LocalTime.Show(utc, T.Culture);
}
