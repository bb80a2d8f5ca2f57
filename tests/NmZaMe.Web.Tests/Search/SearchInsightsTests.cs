using System.Net;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Insights;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Search.Understanding;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;

namespace NmZaMe.Web.Tests.Search;

/// <summary>What people search for: recorded anonymously and masked, shown to the office only from three searches up, kept 13 months.</summary>
public sealed class SearchInsightsTests
{
    private const string Password = "Dolga-geslo-2026!";

    private static CmsApplication App(int retentionMonths = 13) => new(settings: new Dictionary<string, string?>
    {
        ["NmZaMe:Insights:FlushSeconds"] = "0.1",
        ["NmZaMe:Insights:RetentionMonths"] = retentionMonths.ToString(),
        ["NmZaMe:Insights:CleanUpMinutes"] = "0.002",
    });

    [Fact]
    public async Task A_search_is_recorded_without_personal_data_and_an_opened_result_is_counted()
    {
        using var app = App();
        var client = await app.StartAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/sl/iskanje/?q=" + Uri.EscapeDataString("Ime je Ana Novak, ana.novak@example.si, 041 123 456, EMŠO 0101990505123, SI56 1910 0000 0123 438, davčna 12345678, nasilje")));
        var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/sl/odpri/[0-9a-f]{32}/[0-9a-f]{32})\"").Groups[1].Value;
        Assert.NotEmpty(link);
        var record = await Eventually(app, db => db.SearchQueries.SingleOrDefaultAsync());
        Assert.Equal("ime je [name], [email] [phone], emšo [emso], [iban], davčna [tax], nasilje", record.Query);
        Assert.Equal("sl-SI", record.Culture);
        Assert.Equal(0, record.Hour.Minute + record.Hour.Second);
        Assert.True(record.Results > 0);
        Assert.False(record.Opened);

        using var noRedirect = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var opened = await noRedirect.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.StartsWith("/sl/", opened.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await Eventually(app, async db => await db.SearchQueries.AnyAsync(q => q.Opened) ? true : (bool?)null);

        // Help lines people search for are not phone numbers of a person.
        await client.GetStringAsync("/sl/iskanje/?q=116+123");
        await Eventually(app, async db => await db.SearchQueries.AnyAsync(q => q.Query == "116 123") ? true : (bool?)null);
        using var notAnItem = await noRedirect.GetAsync($"/sl/odpri/{Guid.NewGuid():N}/{Guid.NewGuid():N}");
        Assert.Equal(HttpStatusCode.NotFound, notAnItem.StatusCode);
    }

    [Fact]
    public async Task The_office_sees_a_query_only_from_three_searches_and_exports_it_and_only_with_the_permission()
    {
        using var app = App();
        var client = await app.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await client.GetStringAsync("/sl/iskanje/?q=zlatarna+x");
        }

        for (var i = 0; i < 2; i++)
        {
            await client.GetStringAsync("/sl/iskanje/?q=redko+vprasanje");
        }

        await Eventually(app, async db => await db.SearchQueries.CountAsync() == 5 ? true : (bool?)null);
        await BackOfficeSession.CreateUserAsync(app, "urednica@example.si", Password, UserGroups.Editors);
        using var editor = BackOfficeSession.Create(app);
        await editor.SignInOkAsync("urednica@example.si", Password);
        var page = WebUtility.HtmlDecode(await editor.GetPageAsync("/umbraco/insights"));
        Assert.Contains("zlatarna x", page, StringComparison.Ordinal);
        Assert.DoesNotContain("redko vprasanje", page, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"not-shown\">2</dd>", page, StringComparison.Ordinal);
        var csv = await editor.Client.GetStringAsync("/umbraco/insights/csv");
        Assert.Contains("\"zlatarna x\",sl-SI,3,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("redko", csv, StringComparison.Ordinal);

        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", Password);
        foreach (var url in new[] { "/umbraco/insights", "/umbraco/insights/csv" })
        {
            using var refused = await writer.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/umbraco/access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_query_without_results_goes_into_the_lexicon_in_one_step_and_search_understands_it_at_once()
    {
        using var app = App();
        var client = await app.StartAsync();
        const string query = "kam s qzxw";
        for (var i = 0; i < 3; i++)
        {
            Assert.Empty(SearchUnderstandingTests.Results(WebUtility.HtmlDecode(await client.GetStringAsync("/sl/iskanje/?q=kam+s+qzxw"))));
        }

        await Eventually(app, async db => await db.SearchQueries.CountAsync() == 3 ? true : (bool?)null);
        await BackOfficeSession.CreateUserAsync(app, "urednica@example.si", Password, UserGroups.Editors);
        using var editor = BackOfficeSession.Create(app);
        await editor.SignInOkAsync("urednica@example.si", Password);
        var poverty = app.Snapshot.All.Single(c => c.ContentType.Alias == "lifeChallenge" && c.Name("sl-SI") == "Revščina in materialna stiska");
        using var added = await editor.SubmitAsync("/umbraco/insights", [new("query", query), new("culture", "sl-SI"), new("terms", "paketi hrane"), new("lifeChallenge", poverty.Key.ToString())], "Lexicon");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var entry = LayLexicon.Of(app.Snapshot).Entries.Single(e => e.Phrases["sl-SI"].Contains(query));
        Assert.Equal([poverty.Key], entry.LifeChallenges);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/sl/iskanje/?q=kam+s+qzxw"));
        Assert.Equal("Paketi hrane", SearchUnderstandingTests.Results(html).First());
        Assert.Contains("Morda iščete: <a href=\"/sl/zivljenjske-situacije/revscina-in-materialna-stiska/\">", html, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.NodeKey == entry.Key && a.Action == "Publish" && a.UserName == "urednica@example.si"));

        using var masked = await editor.SubmitAsync("/umbraco/insights", [new("query", "ana@example.si"), new("culture", "sl-SI"), new("terms", "x")], "Lexicon");
        Assert.Equal(HttpStatusCode.BadRequest, masked.StatusCode);
        Assert.Contains("Iskanje je prazno ali vsebuje prikrite osebne podatke.", WebUtility.HtmlDecode(await masked.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searches_older_than_the_retention_period_are_deleted_by_the_background_job()
    {
        using var app = App(retentionMonths: 13);
        await app.StartAsync();
        await using (var db = app.CreateDbContext())
        {
            db.SearchQueries.Add(new SearchQueryRecord { Token = Guid.NewGuid(), Query = "staro", Culture = "sl-SI", Hour = DateTime.UtcNow.AddMonths(-14), Source = SearchSource.Site });
            db.SearchQueries.Add(new SearchQueryRecord { Token = Guid.NewGuid(), Query = "novo", Culture = "sl-SI", Hour = DateTime.UtcNow.AddMonths(-12), Source = SearchSource.Site });
            await db.SaveChangesAsync();
        }

        await Eventually(app, async db => await db.SearchQueries.AnyAsync(q => q.Query == "staro") ? null : (bool?)true);
        await using var check = app.CreateDbContext();
        Assert.True(await check.SearchQueries.AnyAsync(q => q.Query == "novo"));
    }

    /// <summary>Polls until the background writer has done what the test waits for (it writes every 0.1 s here).</summary>
    private static async Task<T> Eventually<T>(CmsApplication app, Func<NmZaMe.Cms.Persistence.CmsDbContext, Task<T?>> read)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await using (var db = app.CreateDbContext())
            {
                if (await read(db) is { } value)
                {
                    return value;
                }
            }

            Assert.True(DateTime.UtcNow < until, "the background writer did not write in time");
            await Task.Delay(50);
        }
    }
}
