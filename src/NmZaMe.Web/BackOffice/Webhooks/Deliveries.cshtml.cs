using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Webhooks;

/// <summary>
/// A webhook's deliveries (Umbraco's Deliveries view): every attempt, newest first, filtered by event and outcome, with
/// the request and response as logged (secret headers masked).
/// </summary>
[Authorize(Policy = BackOfficePolicies.Webhooks)]
public sealed class DeliveriesModel(CmsDbContext db, BackOfficeText T) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "event")]
    public string? Event { get; set; }

    /// <summary><c>ok</c>, <c>failed</c> or empty for all.</summary>
    [BindProperty(SupportsGet = true, Name = "outcome")]
    public string? Outcome { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public WebhookRecord Webhook { get; private set; } = null!;

    public IReadOnlyList<WebhookLogRecord> Rows { get; private set; } = [];

    public IReadOnlyList<string> Events { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(Guid key, CancellationToken cancellationToken)
    {
        if (await db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Key == key, cancellationToken) is not { } webhook)
        {
            return NotFound();
        }

        Webhook = webhook;
        var all = db.WebhookLogs.AsNoTracking().Where(l => l.WebhookKey == key);
        Events = await all.Select(l => l.EventAlias).Distinct().OrderBy(e => e).ToListAsync(cancellationToken);
        var query = all;
        if (!string.IsNullOrEmpty(Event))
        {
            query = query.Where(l => l.EventAlias == Event);
        }

        query = Outcome switch
        {
            "ok" => query.Where(l => l.IsSuccessStatusCode),
            "failed" => query.Where(l => !l.IsSuccessStatusCode),
            _ => query,
        };
        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = await query.OrderByDescending(l => l.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return Page();
    }

    public string Show(DateTime utc) => Scheduling.LocalTime.Show(utc, T.Culture);
}
