using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.ReviewReminders;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using NmZaMe.Web.Tests.Mail;

namespace NmZaMe.Web.Tests.Reviews;

/// <summary>
/// Review reminders with a clock the test moves: an organisation's editors get one digest 30 days before, 7 days before
/// and when overdue, each once; confirming starts a new cycle; entries nobody at an organisation keeps go to the office.
/// </summary>
public sealed class ReviewReminderTests
{
    private const string Password = "modra-reka-krka-tece";
    private const string Editor = "drustvo@example.si";
    private const string EnglishEditor = "society@example.si";
    private const string Office = "pisarna@example.si";
    private const string LastReviewed = "2026-01-10 08:00:00";
    private static readonly DateTime Due = new(2027, 1, 10, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Editors_get_one_digest_at_30_days_7_days_and_overdue_once_each_and_again_after_confirming(string provider)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var settings = SmtpTestServer.Settings(smtp.Port);
        settings["NmZaMe:Review:OfficeEmail"] = Office;
        using var app = await Databases.CreateAsync(provider, settings: settings);
        await app.StartAsync();
        var snapshot = app.Snapshot;
        // An organisation with a service that can be confirmed (a contact of its own, an address that is not confidential).
        var organisation = snapshot.All.Where(c => c.ContentType.Alias == "organisation" && c.Value("confidentialLocation", string.Empty) is not true)
            .OrderBy(c => c.Key)
            .First(o => snapshot.ChildrenOf(o.Key).Length >= 2 && snapshot.ChildrenOf(o.Key).Any(s => ContactChannels.HasOwn(s, confidential: false)));
        var entries = snapshot.ChildrenOf(organisation.Key).Prepend(organisation).ToList();
        var elsewhere = snapshot.All.Where(c => c.ContentType.Alias == "service" && c.ParentKey != organisation.Key).OrderBy(c => c.Key).First();
        await SetLastReviewedAsync(app, [.. entries.Select(e => e.Key), elsewhere.Key]);
        await CreateEditorAsync(app, Editor, organisation.Key, "sl-SI");
        await CreateEditorAsync(app, EnglishEditor, organisation.Key, "en-US");
        var clock = new MovableClock(Due.AddDays(-31));
        var send = new SendReviewReminders(app.Services.GetRequiredService<ICmsDbContextFactory>(), app.Services.GetRequiredService<ISnapshotSource>(),
            app.Services.GetRequiredService<ReviewSchedule>(), app.Services.GetRequiredService<MailOutbox>(), app.Services.GetRequiredService<MailOptions>(), clock);

        Assert.True((await send.RunOnceAsync()).MailConfigured);
        Assert.Empty(await MailToAsync(app, Editor));

        // 30 days before: one digest per editor listing every entry of the organisation, in the editor's language.
        clock.Now = Due.AddDays(-29);
        await send.RunOnceAsync();
        var first = Assert.Single(await MailToAsync(app, Editor));
        Assert.Equal("ReviewDigestMail", first.Template);
        Assert.Equal($"Preverite svoje vnose v NmZaMe ({entries.Count})", first.Subject);
        Assert.Contains("Rok za pregled je v 30 dneh:", first.TextBody, StringComparison.Ordinal);
        Assert.Contains("(rok: 10. 1. 2027)", first.TextBody, StringComparison.Ordinal);
        Assert.All(entries, e => Assert.Contains("- " + e.Name("sl-SI"), first.TextBody, StringComparison.Ordinal));
        Assert.DoesNotContain(elsewhere.Name("sl-SI")!, first.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://nmzame.example/umbraco/my-entries", first.TextBody, StringComparison.Ordinal);
        var english = Assert.Single(await MailToAsync(app, EnglishEditor));
        Assert.Equal($"Please check your entries in NmZaMe ({entries.Count})", english.Subject);
        Assert.Contains("Review due within 30 days:", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("(due 10 January 2027)", english.TextBody, StringComparison.Ordinal);

        // The entry of an organisation without an editor goes to the office.
        var office = Assert.Single(await MailToAsync(app, Office), m => m.TextBody.Contains("- " + elsewhere.Name("sl-SI"), StringComparison.Ordinal));
        Assert.StartsWith("Vnosi brez urednika organizacije čakajo na pregled", office.Subject, StringComparison.Ordinal);
        Assert.Contains("- " + elsewhere.Name("sl-SI"), office.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("- " + organisation.Name("sl-SI") + " (", office.TextBody, StringComparison.Ordinal);

        // What arrives is plain text and simple HTML: a list, the link, no images.
        var arrived = await smtp.WaitForAsync(Editor);
        Assert.Equal(first.Subject, arrived.Subject);
        Assert.Contains("<li>", arrived.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://nmzame.example/umbraco/my-entries\"", arrived.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", arrived.HtmlBody, StringComparison.OrdinalIgnoreCase);

        // Not twice.
        var again = await send.RunOnceAsync();
        Assert.Equal(0, again.Mails);
        Assert.Single(await MailToAsync(app, Editor));

        clock.Now = Due.AddDays(-6);
        await send.RunOnceAsync();
        var week = await MailToAsync(app, Editor);
        Assert.Equal(2, week.Count);
        Assert.Contains("Rok za pregled je v 7 dneh:", week[1].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("v 30 dneh", week[1].TextBody, StringComparison.Ordinal);

        clock.Now = Due.AddDays(1);
        await send.RunOnceAsync();
        clock.Now = Due.AddDays(2);
        await send.RunOnceAsync();
        var overdue = await MailToAsync(app, Editor);
        Assert.Equal(3, overdue.Count);
        Assert.Contains("Pregled je zamujen:", overdue[2].TextBody, StringComparison.Ordinal);
        Assert.Equal(3, (await MailToAsync(app, Office)).Count(m => m.TextBody.Contains("- " + elsewhere.Name("sl-SI"), StringComparison.Ordinal)));

        // Confirming starts a new cycle: the confirmed entries are reminded again before their next due date.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var confirm = new ConfirmUnchanged(db, app.Snapshot.Schema, app.Services.GetRequiredService<ContentCommit>(), TimeProvider.System);
            var result = await confirm.ExecuteAsync(entries.Select(e => e.Key).ToList(), byOrganisation: true, Editor);
            Assert.NotEmpty(result.Confirmed);
        }

        var confirmed = entries.Where(e => ReviewSchedule.LastReviewed(Data(app, e.Key)) != Due.AddYears(-1)).ToList();
        var stillOverdue = entries.Except(confirmed).ToList();
        var next = app.Services.GetRequiredService<ReviewSchedule>().NextReview(ReviewSchedule.LastReviewed(Data(app, confirmed[0].Key)), confirmed[0].ContentType.Alias)!.Value;
        clock.Now = next.AddDays(-20);
        await send.RunOnceAsync();
        var renewed = (await MailToAsync(app, Editor)).Last();
        Assert.Equal(4, (await MailToAsync(app, Editor)).Count);
        Assert.Contains("Rok za pregled je v 30 dneh:", renewed.TextBody, StringComparison.Ordinal);
        Assert.All(confirmed, e => Assert.Contains("- " + e.Name("sl-SI"), renewed.TextBody, StringComparison.Ordinal));
        Assert.All(stillOverdue, e => Assert.DoesNotContain("- " + e.Name("sl-SI") + " (", renewed.TextBody, StringComparison.Ordinal));
        await using (var db = app.CreateDbContext())
        {
            var rows = await db.ReviewReminders.Where(r => r.NodeKey == confirmed[0].Key).ToListAsync();
            Assert.Equal(ReviewReminderStage.Within30Days, Assert.Single(rows).Stage);
        }
    }

    [Fact]
    public async Task Without_e_mail_nothing_is_queued_and_the_mail_page_says_so()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var send = app.Services.GetRequiredService<SendReviewReminders>();

        Assert.Equal(SendReviewReminders.Pass.NotConfigured, await send.RunOnceAsync());
        await using (var db = app.CreateDbContext())
        {
            Assert.Empty(await db.ReviewReminders.ToListAsync());
            Assert.Empty(await db.MailOutbox.Where(m => m.Template == "ReviewDigestMail").ToListAsync());
        }

        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var page = System.Net.WebUtility.HtmlDecode(await admin.GetPageAsync("/umbraco/settings/mail"));
        Assert.Contains("id=\"reminders-off\"", page, StringComparison.Ordinal);
        Assert.Contains("Opomnikov za pregled ne pošiljamo, dokler e-pošta ni nastavljena", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_job_sends_on_its_own_once_the_application_has_started()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var settings = SmtpTestServer.Settings(smtp.Port);
        settings["NmZaMe:Review:OfficeEmail"] = Office;
        settings["NmZaMe:Review:ReminderCheckMinutes"] = "60";
        using var app = new CmsApplication(settings: settings);
        await app.StartAsync();

        // The seed holds entries due or never checked: the first pass, right after start-up, tells the office.
        var digest = await smtp.WaitForAsync(Office);
        Assert.StartsWith("Vnosi brez urednika organizacije čakajo na pregled", digest.Subject, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.NotEmpty(await db.ReviewReminders.ToListAsync());
    }

    private static async Task SetLastReviewedAsync(CmsApplication app, IReadOnlyList<Guid> keys)
    {
        await using var db = app.CreateDbContext();
        foreach (var node in await db.Nodes.Where(n => keys.Contains(n.Key)).ToListAsync())
        {
            var data = ContentData.Deserialize(node.PublishedData!);
            data.SetValue(Review.LastReviewed, string.Empty, LastReviewed);
            node.PublishedData = data.Serialize();
        }

        await app.Services.GetRequiredService<ContentCommit>().SaveAsync(db, new ContentChange(ContentChangeKind.Published, keys));
    }

    private static async Task CreateEditorAsync(CmsApplication app, string email, Guid organisation, string culture)
    {
        var id = await BackOfficeSession.CreateUserAsync(app, email, Password, UserGroups.OrganisationEditors);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
        var user = (await users.FindByIdAsync(id.ToString()))!;
        user.StartContentKey = organisation;
        user.Culture = culture;
        Assert.True((await users.UpdateAsync(user)).Succeeded);
    }

    private static ContentData Data(CmsApplication app, Guid key)
    {
        using var db = app.CreateDbContext();
        return ContentData.Deserialize(db.Nodes.Single(n => n.Key == key).PublishedData!);
    }

    private static async Task<List<OutboxMessageRecord>> MailToAsync(CmsApplication app, string address)
    {
        await using var db = app.CreateDbContext();
        return await db.MailOutbox.Where(m => m.To == address && m.Template == "ReviewDigestMail").OrderBy(m => m.Id).ToListAsync();
    }

    private sealed class MovableClock(DateTime now) : TimeProvider
    {
        public DateTime Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
    }
}
