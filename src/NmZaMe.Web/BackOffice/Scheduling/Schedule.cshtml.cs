using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Scheduling;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Scheduling;

/// <summary>
/// When an item's cultures are published and unpublished: one row per culture (one row for an invariant item) with
/// "publish at" and "unpublish at" in local time, and the pending entries with a cancel button each. Anyone who may
/// browse the item sees the schedule; changing it needs the publish permission.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Content)]
public sealed class ScheduleModel(
    CmsDbContext db, ISnapshotSource snapshots, CurrentEditor editor,
    IAuthorizationService authorization, TimeProvider time, BackOfficeText T) : PageModel
{
    public sealed class Row
    {
        public string Culture { get; set; } = string.Empty;

        public string? PublishAt { get; set; }

        public string? UnpublishAt { get; set; }
    }

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    public Guid Key { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public bool CanPublish { get; private set; }

    public string? Message { get; private set; }

    public IReadOnlyList<UpcomingSchedule> Pending { get; private set; } = [];

    public string LanguageName(string culture) => LanguageNames.Of(snapshots.Current.Schema, culture, T);

    public async Task<IActionResult> OnGetAsync(Guid key, string? done, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is not { } node)
        {
            return NotFound();
        }

        Rows = CulturesOf(node).Select(c => new Row { Culture = c }).ToList();
        // The outcome of the form just posted (post-redirect-get), as a fixed word so the query cannot inject text.
        Message = done switch
        {
            "saved" => T["Načrt je shranjen."],
            "cancelled" => T["Načrtovano dejanje je preklicano."],
            "gone" => T["Tega načrtovanega dejanja ni več."],
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid key, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is not { } node)
        {
            return NotFound();
        }

        if (!CanPublish)
        {
            return Forbid();
        }

        var requests = new List<ScheduleRequest>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var (publish, publishError) = LocalTime.Parse(Rows[i].PublishAt);
            var (unpublish, unpublishError) = LocalTime.Parse(Rows[i].UnpublishAt);
            if (publishError is not null)
            {
                ModelState.AddModelError($"Rows[{i}].PublishAt", T[publishError]);
            }

            if (unpublishError is not null)
            {
                ModelState.AddModelError($"Rows[{i}].UnpublishAt", T[unpublishError]);
            }

            if ((publish is not null || unpublish is not null) && !editor.CanEditCulture(Rows[i].Culture ?? string.Empty))
            {
                ModelState.AddModelError($"Rows[{i}].PublishAt", T["Jezika {0} ne smete urejati ali objavljati: vaše skupine ga ne dovolijo. Nič ni shranjeno.", Rows[i].Culture is { Length: > 0 } c ? c : snapshots.Current.Schema.DefaultCulture]);
            }

            requests.Add(new ScheduleRequest(Rows[i].Culture ?? string.Empty, publish, unpublish));
        }

        if (ModelState.ErrorCount == 0 && requests.All(r => r.PublishAt is null && r.UnpublishAt is null))
        {
            ModelState.AddModelError(string.Empty, T["Vnesite vsaj en čas."]);
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var result = await new ScheduleContent(db, snapshots.Current.Schema).ExecuteAsync(key, requests, time.GetUtcNow().UtcDateTime, User.Identity?.Name, cancellationToken);
        if (result.Outcome == ContentOutcome.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            foreach (var (field, error) in result.Errors)
            {
                // Engine keys are "publish[sl-SI]", "unpublish" (invariant) or "culture[xx]".
                var bracket = field.IndexOf('[');
                var name = bracket < 0 ? field : field[..bracket];
                var culture = bracket < 0 ? string.Empty : field[(bracket + 1)..^1];
                var index = Rows.FindIndex(r => string.Equals(r.Culture ?? string.Empty, culture, StringComparison.OrdinalIgnoreCase));
                var message = name == "culture" ? T["Neznan jezik: {0}", culture] : T[error];
                ModelState.AddModelError(index < 0 ? string.Empty : $"Rows[{index}].{(name == "unpublish" ? "UnpublishAt" : "PublishAt")}", message);
            }

            return Page();
        }

        return RedirectToPage(new { key, done = "saved" });
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid key, long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is not { } node)
        {
            return NotFound();
        }

        if (!CanPublish)
        {
            return Forbid();
        }

        var result = await new CancelSchedule(db).ExecuteAsync(key, id, time.GetUtcNow().UtcDateTime, User.Identity?.Name, cancellationToken);
        return RedirectToPage(new { key, done = result.Succeeded ? "cancelled" : "gone" });
    }

    public string Describe(ScheduleAction action) => action == ScheduleAction.Publish ? T["Objava"] : T["Preklic objave"];

    public string Show(DateTime utc) => LocalTime.Show(utc, T.Culture);

    private IEnumerable<string> CulturesOf(NodeRecord node)
    {
        var schema = snapshots.Current.Schema;
        return schema.GetContentType(node.ContentTypeAlias)?.VariesByCulture == true ? schema.Languages.Select(l => l.IsoCode) : [string.Empty];
    }

    private async Task<NodeRecord?> LoadAsync(Guid key, CancellationToken cancellationToken)
    {
        if (await editor.DocumentAsync(key, cancellationToken) is not { } node)
        {
            return null;
        }

        Key = key;
        var names = ContentData.Deserialize(node.DraftData).Names;
        Name = names.GetValueOrDefault(snapshots.Current.Schema.DefaultCulture) ?? names.Values.FirstOrDefault() ?? key.ToString();
        CanPublish = (await authorization.AuthorizeAsync(User, BackOfficePolicies.Publish)).Succeeded;
        Pending = await new UpcomingSchedules(db, snapshots.Current.Schema.DefaultCulture).ListAsync(null, 100, key, cancellationToken);
        return node;
    }
}
