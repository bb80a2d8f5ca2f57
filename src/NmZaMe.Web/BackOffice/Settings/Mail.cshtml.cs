using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Settings;

/// <summary>
/// The e-mail outbox for administrators: whether e-mail is configured (server and sender, never the credentials), the
/// latest messages with their attempts, "send now" for one that waits, and a test message through the same outbox.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Users)]
public sealed class MailModel(CmsDbContext db, MailOptions options, MailOutbox outbox, ReviewSchedule schedule, UserManager<BackOfficeUser> users, TimeProvider time, BackOfficeText T) : PageModel
{
    public const int Shown = 100;

    public sealed record Row(OutboxMessageRecord Message, IReadOnlyList<OutboxAttemptRecord> Attempts);

    public MailOptions Options => options;

    public ReviewOptions Review => schedule.Options;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyDictionary<OutboxStatus, int> Counts { get; private set; } = new Dictionary<OutboxStatus, int>();

    [BindProperty(SupportsGet = true, Name = "status")]
    public OutboxStatus? Status { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Vpišite e-poštni naslov.")]
    [EmailAddress(ErrorMessage = "To ni veljaven e-poštni naslov.")]
    [StringLength(256, ErrorMessage = "Naslov je predolg.")]
    public string? TestAddress { get; set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        TestAddress = (await users.GetUserAsync(User))?.Email;
        Message = done switch
        {
            "test" => T["Preizkusno sporočilo je v čakalni vrsti; poslano bo v nekaj sekundah."],
            "test-waits" => T["Preizkusno sporočilo je v čakalni vrsti, a e-pošta ni nastavljena, zato ne bo poslano, dokler je ne nastavite."],
            "retry" => T["Sporočilo bo poslano ob naslednjem poskusu, v nekaj sekundah."],
            "gone" => T["Tega sporočila ni več ali je že poslano."],
            _ => null,
        };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostTestAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var me = await users.GetUserAsync(User);
        outbox.Enqueue(db, new MailRecipient(TestAddress!, null, me?.Culture ?? "sl-SI"), new TestMail(me?.Name is { Length: > 0 } name ? name : User.Identity?.Name ?? "?"));
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { done = options.IsConfigured ? "test" : "test-waits" });
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        var retried = await new RetryMail(db, time).ExecuteAsync(id, cancellationToken);
        return RedirectToPage(new { status = Status, done = retried ? "retry" : "gone" });
    }

    public string Show(DateTime utc) => Scheduling.LocalTime.Show(utc, T.Culture);

    public string StatusText(OutboxStatus status) => status switch
    {
        OutboxStatus.Queued => T["čaka"],
        OutboxStatus.Sent => T["poslano"],
        _ => T["ni uspelo"],
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Counts = (await db.MailOutbox.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(g => g.Key, g => g.Count);
        var query = db.MailOutbox.AsNoTracking();
        if (Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }

        var messages = await query.OrderByDescending(m => m.Id).Take(Shown).ToListAsync(cancellationToken);
        var ids = messages.Select(m => m.Id).ToList();
        var attempts = (await db.MailAttempts.AsNoTracking().Where(a => ids.Contains(a.MessageId)).OrderBy(a => a.Id).ToListAsync(cancellationToken))
            .ToLookup(a => a.MessageId);
        Rows = messages.Select(m => new Row(m, attempts[m.Id].ToList())).ToList();
    }
}
