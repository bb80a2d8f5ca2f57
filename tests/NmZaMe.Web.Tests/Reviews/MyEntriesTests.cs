using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;

namespace NmZaMe.Web.Tests.Reviews;

/// <summary>The organisation editor's home: their entries, with a due review, changes sent back and an alert first.</summary>
public sealed class MyEntriesTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task An_organisation_editor_sees_only_their_entries_and_what_needs_attention()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var snapshot = app.Snapshot;
        var organisation = snapshot.All.Where(c => c.ContentType.Alias == "organisation").OrderBy(c => c.Key).First(o => snapshot.ChildrenOf(o.Key).Length >= 3);
        var services = snapshot.ChildrenOf(organisation.Key).OrderBy(c => c.Key).Take(3).ToList();
        var elsewhere = snapshot.All.First(c => c.ContentType.Alias == "service" && c.ParentKey != organisation.Key);
        await using (var db = app.CreateDbContext())
        {
            var overdue = await db.Nodes.SingleAsync(n => n.Key == services[0].Key);
            var data = ContentData.Deserialize(overdue.PublishedData!);
            data.SetValue(Review.LastReviewed, string.Empty, "2020-01-01 00:00:00");
            overdue.PublishedData = data.Serialize();
            var alerted = await db.Nodes.SingleAsync(n => n.Key == services[1].Key);
            var alert = ContentData.Deserialize(alerted.PublishedData!);
            alert.SetValue(ServiceAlert.Alert, "sl-SI", "Zaprto do ponedeljka.");
            alerted.PublishedData = alert.Serialize();
            db.AuditEntries.Add(new AuditEntryRecord { NodeKey = services[2].Key, Date = DateTime.UtcNow, UserName = "urednik@example.si", Action = "Reject", Detail = "Manjka telefon." });
            await app.Services.GetRequiredService<ContentCommit>().SaveAsync(db, new ContentChange(ContentChangeKind.Published, [services[0].Key, services[1].Key]));
        }

        var id = await BackOfficeSession.CreateUserAsync(app, "drustvo@example.si", Password, UserGroups.OrganisationEditors);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            user.StartContentKey = organisation.Key;
            await users.UpdateAsync(user);
        }

        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("drustvo@example.si", Password);
        Assert.Contains("href=\"/umbraco/my-entries\"", await session.GetPageAsync("/umbraco"), StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await session.GetPageAsync("/umbraco/my-entries"));

        Assert.Contains($"id=\"entry-{organisation.Key}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"entry-{elsewhere.Key}\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"review-due\"", Row(page, services[0].Key), StringComparison.Ordinal);
        Assert.Contains("Zaprto do ponedeljka.", Row(page, services[1].Key), StringComparison.Ordinal);
        Assert.Contains("Manjka telefon.", Row(page, services[2].Key), StringComparison.Ordinal);

        // What needs attention comes first.
        Assert.True(page.IndexOf($"entry-{services[2].Key}", StringComparison.Ordinal) < page.IndexOf($"entry-{organisation.Key}", StringComparison.Ordinal)
            || Row(page, organisation.Key).Contains("<li", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ticked_entries_are_confirmed_from_the_home_page_and_the_site_names_the_organisation_in_both_languages()
    {
        var corrections = new FixedCorrections();
        using var app = new CmsApplication(services: s => s.AddSingleton<IOpenCorrections>(corrections));
        await app.StartAsync();
        var snapshot = app.Snapshot;
        var organisation = snapshot.All
            .Where(c => c.ContentType.Alias == "organisation" && ContactChannels.HasOwn(c, confidential: false) && c.Value("confidentialLocation", string.Empty) is not true)
            .OrderBy(c => c.Key).First(o => snapshot.ChildrenOf(o.Key).Any(c => ContactChannels.HasOwn(c, confidential: false)));
        var service = snapshot.ChildrenOf(organisation.Key).OrderBy(c => c.Key).First(c => ContactChannels.HasOwn(c, confidential: false));
        corrections.Open[service.Key] = 2;
        var id = await BackOfficeSession.CreateUserAsync(app, "drustvo@example.si", Password, UserGroups.OrganisationEditors);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            user.StartContentKey = organisation.Key;
            await users.UpdateAsync(user);
        }

        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("drustvo@example.si", Password);
        var home = await session.GetPageAsync("/umbraco/my-entries");
        var page = WebUtility.HtmlDecode(home);
        Assert.Contains("Odprti predlogi popravkov obiskovalcev: 2", Row(page, service.Key), StringComparison.Ordinal);
        Assert.Contains($"name=\"Keys\" value=\"{organisation.Key}\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"confirm-selected\"", page, StringComparison.Ordinal);

        using var confirmed = await session.Client.PostAsync("/umbraco/review/confirm", new FormUrlEncodedContent(
            [new("Keys", organisation.Key.ToString()), new("Keys", service.Key.ToString()), new("__RequestVerificationToken", BackOfficeSession.Token(home))]));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var answer = await confirmed.Content.ReadAsStringAsync();
        // An organisation editor may not publish: the checks wait for the office's approval (issue 14).
        Assert.Contains("id=\"requested\"", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"refused\"", answer, StringComparison.Ordinal);
        Assert.Contains("href=\"/umbraco/my-entries\"", answer, StringComparison.Ordinal);
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal(2, await db.AuditEntries.CountAsync(a => (a.NodeKey == organisation.Key || a.NodeKey == service.Key) && a.Action == "SendForApproval" && a.UserName == "drustvo@example.si"));
        }

        using (var office = await Spreadsheets.ExportTests.SignInAsync(app, "urednica@example.si", UserGroups.Editors))
        {
            foreach (var key in new[] { organisation.Key, service.Key })
            {
                using var approved = await office.SubmitAsync($"/umbraco/content/approvals?key={key}", new Dictionary<string, string>(), "Approve");
                Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
            }
        }

        var local = NmZaMe.Web.Site.Hours.NovoMestoClock.ToLocal(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var client = app.CreateClient();
        var name = organisation.Name("sl-SI")!;
        foreach (var item in new[] { app.Snapshot.Get(organisation.Key)!, app.Snapshot.Get(service.Key)! })
        {
            var sl = WebUtility.HtmlDecode(await client.GetStringAsync("/sl" + app.Snapshot.Route(item, "sl-SI")));
            Assert.Contains($"Preverjeno: <time datetime=\"{local}\">", sl, StringComparison.Ordinal);
            Assert.Contains($"</time> ({name})", sl, StringComparison.Ordinal);
            if (app.Snapshot.Route(item, "en-US") is { } route)
            {
                var en = WebUtility.HtmlDecode(await client.GetStringAsync("/en" + route));
                Assert.Contains($"Checked: <time datetime=\"{local}\">", en, StringComparison.Ordinal);
                Assert.Contains("</time> by ", en, StringComparison.Ordinal);
            }
        }
    }

    private sealed class FixedCorrections : IOpenCorrections
    {
        public Dictionary<Guid, int> Open { get; } = [];

        public Task<IReadOnlyDictionary<Guid, int>> CountAsync(IReadOnlyCollection<Guid> entries, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<Guid, int>>(Open.Where(o => entries.Contains(o.Key)).ToDictionary());
    }

    private static string Row(string page, Guid key)
    {
        var start = page.IndexOf($"id=\"entry-{key}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row for {key}");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
