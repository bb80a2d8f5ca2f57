using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using static NmZaMe.Web.Tests.Scheduling.SchedulingTests;

namespace NmZaMe.Web.Tests.Preview;

public sealed class DraftPreviewTests
{
    [Fact]
    public async Task The_preview_shows_an_unpublished_change_that_the_public_page_does_not()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var (_, service) = PublishedService(app);
        var publicUrl = "/sl" + app.Snapshot.Route(service, "sl-SI");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(publicUrl)).StatusCode);
        await SaveSummaryAsync(app, service.Key, "Osnutek povzetka, ki še ni objavljen.");
        using var editor = await EditorAsync(app);

        using var preview = await editor.Client.GetAsync($"/umbraco/preview/{service.Key}?culture=sl-SI");
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        var publicHtml = WebUtility.HtmlDecode(await client.GetStringAsync(publicUrl));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Osnutek povzetka, ki še ni objavljen.", html, StringComparison.Ordinal);
        Assert.Contains("Predogled osnutka — ni objavljeno", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/umbraco/content/{service.Key}\"", html, StringComparison.Ordinal);
        Assert.Contains(service.Name("sl-SI")!, html, StringComparison.Ordinal);
        Assert.True(preview.Headers.CacheControl?.NoStore);
        Assert.Equal("noindex", preview.Headers.GetValues("X-Robots-Tag").Single());
        Assert.DoesNotContain("Osnutek povzetka", publicHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Predogled osnutka", publicHtml, StringComparison.Ordinal);

        // Not cached: the next draft change shows on the next request.
        await SaveSummaryAsync(app, service.Key, "Drugi osnutek povzetka.");
        var again = WebUtility.HtmlDecode(await editor.GetPageAsync($"/umbraco/preview/{service.Key}?culture=sl-SI"));
        Assert.Contains("Drugi osnutek povzetka.", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_and_editors_outside_their_start_node_get_no_preview()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var (_, service) = PublishedService(app);
        await SaveSummaryAsync(app, service.Key, "Skrivni osnutek.");

        using var anonymous = await client.GetAsync($"/umbraco/preview/{service.Key}");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/umbraco/login", anonymous.Headers.Location?.PathAndQuery ?? anonymous.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("Skrivni osnutek.", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var other = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation" && c.Key != service.ParentKey);
        var id = await BackOfficeSession.CreateUserAsync(app, "drustvo@example.si", "modra-reka-krka-tece", UserGroups.OrganisationEditors);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            user.StartContentKey = other.Key;
            await users.UpdateAsync(user);
        }

        using var outsider = BackOfficeSession.Create(app);
        await outsider.SignInOkAsync("drustvo@example.si", "modra-reka-krka-tece");
        using var refused = await outsider.Client.GetAsync($"/umbraco/preview/{service.Key}");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        using var schedule = await outsider.Client.GetAsync($"/umbraco/content/{service.Key}/schedule");
        Assert.Equal(HttpStatusCode.NotFound, schedule.StatusCode);
        await outsider.GetPageAsync($"/umbraco/preview/{other.Key}");
    }

    private static async Task SaveSummaryAsync(CmsApplication app, Guid key, string summary)
    {
        await using var db = app.CreateDbContext();
        var saved = await new SaveContent(db, app.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(key, null, "service",
            new Dictionary<string, string>(), new Dictionary<string, IReadOnlyDictionary<string, string?>>
            {
                ["summary"] = new Dictionary<string, string?> { ["sl-SI"] = summary },
            }));
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Key + ": " + e.Value)));
    }
}
