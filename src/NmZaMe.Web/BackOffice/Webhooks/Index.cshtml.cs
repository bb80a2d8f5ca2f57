using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Webhooks;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Webhooks;

/// <summary>Settings › Webhooks: every webhook with its events, its last delivery, and enable/disable.</summary>
[Authorize(Policy = BackOfficePolicies.Webhooks)]
public sealed class IndexModel(CmsDbContext db, BackOfficeText T) : PageModel
{
    public sealed record Row(Guid Key, string? Name, string Url, IReadOnlyList<string> Events, bool Enabled, WebhookLogRecord? Last, int Waiting);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        Message = done switch
        {
            "deleted" => T["Webhook je izbrisan."],
            "enabled" => T["Webhook je omogočen."],
            "disabled" => T["Webhook je onemogočen; čakajoči klici ne bodo poslani."],
            _ => null,
        };
        var webhooks = await db.Webhooks.AsNoTracking().OrderBy(w => w.Name).ThenBy(w => w.Url).ToListAsync(cancellationToken);
        var keys = webhooks.Select(w => w.Key).ToList();
        var lastIds = await db.WebhookLogs.Where(l => keys.Contains(l.WebhookKey)).GroupBy(l => l.WebhookKey).Select(g => g.Max(l => l.Id)).ToListAsync(cancellationToken);
        var last = await db.WebhookLogs.AsNoTracking().Where(l => lastIds.Contains(l.Id)).ToDictionaryAsync(l => l.WebhookKey, cancellationToken);
        var waiting = await db.WebhookRequests.GroupBy(r => r.WebhookKey).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Rows = [.. webhooks.Select(w => new Row(w.Key, w.Name, w.Url, WebhookJson.Events(w), w.Enabled, last.GetValueOrDefault(w.Key), waiting.GetValueOrDefault(w.Key)))];
    }

    public async Task<IActionResult> OnPostToggleAsync(Guid key, bool enable, CancellationToken cancellationToken)
    {
        var changed = await db.Webhooks.Where(w => w.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Enabled, enable).SetProperty(w => w.UpdateDate, DateTime.UtcNow), cancellationToken);
        return changed == 0 ? NotFound() : RedirectToPage(new { done = enable ? "enabled" : "disabled" });
    }

    public string Show(DateTime utc) => Scheduling.LocalTime.Show(utc, T.Culture);
}
