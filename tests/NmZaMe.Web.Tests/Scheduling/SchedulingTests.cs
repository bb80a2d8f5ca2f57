using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Scheduling;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Site.Hours;
using NmZaMe.Web.Tests.BackOffice;

namespace NmZaMe.Web.Tests.Scheduling;

public sealed class SchedulingTests
{
    private const string Password = "modra-reka-krka-tece";
    private const string Api = "/umbraco/delivery/api/v2/content/item";

    [Fact]
    public async Task A_scheduled_publish_and_unpublish_run_at_their_time_on_the_site_and_in_the_api()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var (organisation, existing) = PublishedService(app);
        var existingRoute = app.Snapshot.Route(existing, "sl-SI")!;
        var draft = await SaveDraftAsync(app, organisation.Key, "Načrtovana pomoč");
        using var editor = await EditorAsync(app);

        using (var saved = await editor.SubmitAsync($"/umbraco/content/{draft}/schedule", new Dictionary<string, string>
        {
            ["Rows[0].Culture"] = "sl-SI", ["Rows[0].PublishAt"] = Local(DateTime.UtcNow.AddHours(1)),
            ["Rows[1].Culture"] = "en-US",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (var saved = await editor.SubmitAsync($"/umbraco/content/{existing.Key}/schedule", new Dictionary<string, string>
        {
            ["Rows[0].Culture"] = "sl-SI", ["Rows[0].UnpublishAt"] = Local(DateTime.UtcNow.AddHours(2)),
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var page = WebUtility.HtmlDecode(await editor.GetPageAsync($"/umbraco/content/{draft}/schedule"));
        Assert.Contains("id=\"pending\"", page, StringComparison.Ordinal);
        var list = WebUtility.HtmlDecode(await editor.GetPageAsync("/umbraco/content/scheduled"));
        Assert.Contains("Načrtovana pomoč", list, StringComparison.Ordinal);
        Assert.Contains(existing.Name("sl-SI")!, list, StringComparison.Ordinal);
        var newRoute = app.Snapshot.Route(organisation, "sl-SI") + "nacrtovana-pomoc/";
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Api + newRoute)).StatusCode);

        var run = app.Services.GetRequiredService<RunDueSchedules>();
        var first = await run.RunAsync(DateTime.UtcNow.AddMinutes(90));

        Assert.Single(first);
        Assert.True(first[0].Succeeded, first[0].Error);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Api + newRoute)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sl" + newRoute)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sl" + existingRoute)).StatusCode);

        var second = await run.RunAsync(DateTime.UtcNow.AddHours(3));

        Assert.Single(second);
        Assert.True(second[0].Succeeded, second[0].Error);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Api + existingRoute)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sl" + existingRoute)).StatusCode);
        await using var db = app.CreateDbContext();
        Assert.Empty(await db.ContentSchedules.ToListAsync());
        var audit = await db.AuditEntries.Where(a => a.NodeKey == draft || a.NodeKey == existing.Key).ToListAsync();
        Assert.Contains(audit, a => a.NodeKey == draft && a.Action == "Schedule" && a.UserName == "urednik@example.si");
        Assert.Contains(audit, a => a.NodeKey == draft && a.Action == "ScheduledPublish" && a.UserName == RunDueSchedules.UserName && a.Culture == "sl-SI");
        Assert.Contains(audit, a => a.NodeKey == existing.Key && a.Action == "ScheduledUnpublish" && a.UserName == RunDueSchedules.UserName);
    }

    [Fact]
    public async Task Invalid_schedules_are_refused_with_field_messages_and_the_input_kept()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var (_, service) = PublishedService(app);
        using var editor = await EditorAsync(app);
        var url = $"/umbraco/content/{service.Key}/schedule";
        var past = Local(DateTime.UtcNow.AddDays(-1));
        var later = Local(DateTime.UtcNow.AddDays(2));
        var sooner = Local(DateTime.UtcNow.AddDays(1));

        var cases = new (Dictionary<string, string> Form, string Message, string Kept)[]
        {
            (new() { ["Rows[0].Culture"] = "sl-SI", ["Rows[0].PublishAt"] = past }, "Čas objave mora biti v prihodnosti.", past),
            (new() { ["Rows[0].Culture"] = "sl-SI", ["Rows[0].PublishAt"] = later, ["Rows[0].UnpublishAt"] = sooner }, "Preklic objave mora biti po objavi.", sooner),
            (new() { ["Rows[0].Culture"] = "de-DE", ["Rows[0].PublishAt"] = later }, "Neznan jezik: de-DE", later),
            (new() { ["Rows[0].Culture"] = "sl-SI", ["Rows[0].PublishAt"] = "jutri zjutraj" }, "Vnesite datum in čas, na primer 2026-12-24T08:00.", "jutri zjutraj"),
        };
        foreach (var (form, message, kept) in cases)
        {
            using var response = await editor.SubmitAsync(url, form);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, html, StringComparison.Ordinal);
            Assert.Contains($"value=\"{kept}\"", html, StringComparison.Ordinal);
        }

        await using var db = app.CreateDbContext();
        Assert.Empty(await db.ContentSchedules.ToListAsync());
    }

    [Fact]
    public async Task A_failing_scheduled_publish_is_audited_and_does_not_stop_the_others()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var (organisation, _) = PublishedService(app);
        var broken = await SaveDraftAsync(app, organisation.Key, "Brez angleškega imena");
        var good = await SaveDraftAsync(app, organisation.Key, "Dobra storitev");
        var now = DateTime.UtcNow;
        await using (var db = app.CreateDbContext())
        {
            var schedule = new ScheduleContent(db, app.Snapshot.Schema);
            // English has no name in the draft, so this publish is refused when it runs.
            Assert.True((await schedule.ExecuteAsync(broken, [new ScheduleRequest("en-US", now.AddMinutes(5), null)], now, "urednik")).Succeeded);
            Assert.True((await schedule.ExecuteAsync(good, [new ScheduleRequest("sl-SI", now.AddMinutes(10), null)], now, "urednik")).Succeeded);
        }

        var runs = await app.Services.GetRequiredService<RunDueSchedules>().RunAsync(now.AddMinutes(15));

        Assert.Equal([broken, good], runs.Select(r => r.NodeKey));
        Assert.False(runs[0].Succeeded);
        Assert.True(runs[1].Succeeded);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Api + app.Snapshot.Route(organisation, "sl-SI") + "dobra-storitev/")).StatusCode);
        await using var check = app.CreateDbContext();
        Assert.Empty(await check.ContentSchedules.ToListAsync());
        var failed = await check.AuditEntries.SingleAsync(a => a.NodeKey == broken && a.Action == "ScheduleFailed");
        Assert.Contains(ContentCodes.NameRequired, failed.Detail, StringComparison.Ordinal);
        Assert.Equal("en-US", failed.Culture);
    }

    [Fact]
    public async Task A_writer_sees_the_schedule_but_cannot_change_it()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var (_, service) = PublishedService(app);
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", Password);
        var url = $"/umbraco/content/{service.Key}/schedule";

        var page = await writer.GetPageAsync(url);
        Assert.Contains("id=\"no-permission\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Rows[0].PublishAt", page, StringComparison.Ordinal);
        using var response = await writer.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            // The page has no form for a writer; the session's token from another form is valid all the same.
            ["__RequestVerificationToken"] = BackOfficeSession.Token(await writer.GetPageAsync("/umbraco/account/password")), ["Rows[0].Culture"] = "sl-SI", ["Rows[0].PublishAt"] = Local(DateTime.UtcNow.AddDays(1)),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/umbraco/access-denied", response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.Empty(await db.ContentSchedules.ToListAsync());
    }

    [Fact]
    public async Task A_pending_entry_can_be_cancelled()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var (_, service) = PublishedService(app);
        using var editor = await EditorAsync(app);
        var url = $"/umbraco/content/{service.Key}/schedule";
        (await editor.SubmitAsync(url, new Dictionary<string, string> { ["Rows[0].Culture"] = "sl-SI", ["Rows[0].UnpublishAt"] = Local(DateTime.UtcNow.AddDays(1)) })).Dispose();
        long id;
        await using (var db = app.CreateDbContext())
        {
            id = (await db.ContentSchedules.SingleAsync()).Id;
        }

        using var cancelled = await editor.SubmitAsync(url + $"?id={id}", new Dictionary<string, string>(), "Cancel");

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var after = WebUtility.HtmlDecode(await editor.GetPageAsync(cancelled.Headers.Location!.OriginalString));
        Assert.Contains("id=\"no-pending\"", after, StringComparison.Ordinal);
        Assert.Contains("Načrtovano dejanje je preklicano.", after, StringComparison.Ordinal);
        await using var check = app.CreateDbContext();
        Assert.Empty(await check.ContentSchedules.ToListAsync());
        Assert.Contains(await check.AuditEntries.Where(a => a.NodeKey == service.Key && a.Action == "Schedule").ToListAsync(), a => a.Detail!.StartsWith("Preklicano", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_background_job_runs_due_entries_on_its_own()
    {
        using var app = new CmsApplication(settings: new Dictionary<string, string?> { ["NmZaMe:Scheduling:IntervalSeconds"] = "1" });
        var client = await app.StartAsync();
        var (organisation, _) = PublishedService(app);
        var draft = await SaveDraftAsync(app, organisation.Key, "Samodejna objava");
        await using (var db = app.CreateDbContext())
        {
            // Stored directly: the use case refuses a time in the past, but an entry that fell due while the job slept is exactly that.
            var node = await db.Nodes.SingleAsync(n => n.Key == draft);
            db.ContentSchedules.Add(new ContentScheduleRecord { NodeId = node.Id, Culture = "sl-SI", Action = ScheduleAction.Publish, Date = DateTime.UtcNow.AddMinutes(-1) });
            await db.SaveChangesAsync();
        }

        var route = Api + app.Snapshot.Route(organisation, "sl-SI") + "samodejna-objava/";
        var status = HttpStatusCode.NotFound;
        for (var i = 0; i < 100 && status != HttpStatusCode.OK; i++)
        {
            await Task.Delay(100);
            status = (await client.GetAsync(route)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }

    internal static string Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, NovoMestoClock.Zone).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    internal static (PublishedContent Organisation, PublishedContent Service) PublishedService(CmsApplication app)
    {
        var snapshot = app.Snapshot;
        var service = snapshot.All.First(c => c.ContentType.Alias == "service" && snapshot.Route(c, "sl-SI") is not null && snapshot.Route(c, "en-US") is not null);
        return (snapshot.Get(service.ParentKey!.Value)!, service);
    }

    internal static async Task<BackOfficeSession> EditorAsync(CmsApplication app)
    {
        await BackOfficeSession.CreateUserAsync(app, "urednik@example.si", Password, UserGroups.Editors);
        var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("urednik@example.si", Password);
        return session;
    }

    internal static async Task<Guid> SaveDraftAsync(CmsApplication app, Guid parent, string name)
    {
        var key = Guid.NewGuid();
        var violence = app.Snapshot.All.First(c => c.ContentType.Alias == "lifeChallenge").Key;
        await using var db = app.CreateDbContext();
        var saved = await new SaveContent(db, app.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(key, parent, "service",
            new Dictionary<string, string> { ["sl-SI"] = name },
            new Dictionary<string, IReadOnlyDictionary<string, string?>>
            {
                ["summary"] = new Dictionary<string, string?> { ["sl-SI"] = "Povzetek." },
                ["lifeChallenges"] = new Dictionary<string, string?> { [""] = Udi.Document(violence) },
                ["cost"] = new Dictionary<string, string?> { [""] = "[\"brezplačno\"]" },
                ["status"] = new Dictionary<string, string?> { [""] = "[\"aktivna\"]" },
            }));
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Key + ": " + e.Value)));
        return key;
    }

    internal static async Task RenameAndPublishAsync(CmsApplication app, Guid key, string culture, string name)
    {
        await using var db = app.CreateDbContext();
        var node = await db.Nodes.AsNoTracking().SingleAsync(n => n.Key == key);
        var saved = await new SaveContent(db, app.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(key, null, node.ContentTypeAlias,
            new Dictionary<string, string> { [culture] = name }, new Dictionary<string, IReadOnlyDictionary<string, string?>>()));
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Key + ": " + e.Value)));
        var published = await new PublishContent(db, app.Snapshot.Schema, app.Services.GetRequiredService<ContentCommit>()).ExecuteAsync(key, [culture]);
        Assert.True(published.Succeeded, string.Join("; ", published.Errors.Select(e => e.Key + ": " + e.Value)));
    }
}
