using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.PublishedCache;
using static NmZaMe.Web.Tests.Scheduling.SchedulingTests;

namespace NmZaMe.Web.Tests.Redirects;

public sealed class RedirectTests
{
    private const string Api = "/umbraco/delivery/api/v2/content/item";

    [Fact]
    public async Task Renaming_a_published_service_redirects_its_old_site_url_and_api_path_to_the_new_ones()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var (_, service) = PublishedService(app);
        var oldRoute = app.Snapshot.Route(service, "sl-SI")!;
        var oldEnglish = app.Snapshot.Route(service, "en-US")!;

        await RenameAndPublishAsync(app, service.Key, "sl-SI", "Preimenovana storitev");
        var newRoute = app.Snapshot.Route(app.Snapshot.Get(service.Key)!, "sl-SI")!;

        Assert.EndsWith("/preimenovana-storitev/", newRoute, StringComparison.Ordinal);
        using var site = await client.GetAsync("/sl" + oldRoute + "?q=x");
        Assert.Equal(HttpStatusCode.MovedPermanently, site.StatusCode);
        Assert.Equal("/sl" + newRoute + "?q=x", site.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sl" + newRoute)).StatusCode);

        using var api = await client.GetAsync(Api + oldRoute);
        Assert.Equal(HttpStatusCode.MovedPermanently, api.StatusCode);
        Assert.Equal(newRoute, api.Headers.Location?.OriginalString);
        var root = app.Snapshot.RootOf(app.Snapshot.Get(service.Key)!);
        Assert.Equal(root.Key.ToString(), api.Headers.GetValues("Location-Start-Item-Id").Single());
        Assert.Equal(root.Culture("sl-SI")!.UrlSegment, api.Headers.GetValues("Location-Start-Item-Path").Single());

        using var withStartItem = new HttpRequestMessage(HttpMethod.Get, Api + oldRoute);
        withStartItem.Headers.Add("Start-Item", root.Key.ToString());
        using var started = await client.SendAsync(withStartItem);
        Assert.Equal(HttpStatusCode.MovedPermanently, started.StatusCode);
        Assert.Equal(newRoute, started.Headers.Location?.OriginalString);

        // The English name did not change, so its address still answers directly; an unknown path is still a 404.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en" + oldEnglish)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sl" + oldRoute + "ne-obstaja/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Api + oldRoute + "ne-obstaja/")).StatusCode);
    }

    [Fact]
    public async Task Renaming_an_organisation_redirects_its_services_old_urls_and_a_second_rename_goes_straight_to_the_current_one()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var (organisation, service) = PublishedService(app);
        var oldOrganisation = app.Snapshot.Route(organisation, "sl-SI")!;
        var oldService = app.Snapshot.Route(service, "sl-SI")!;

        await RenameAndPublishAsync(app, organisation.Key, "sl-SI", "Prvo novo ime");
        var middleService = app.Snapshot.Route(app.Snapshot.Get(service.Key)!, "sl-SI")!;
        await RenameAndPublishAsync(app, organisation.Key, "sl-SI", "Drugo novo ime");
        var now = app.Snapshot;
        var currentService = now.Route(now.Get(service.Key)!, "sl-SI")!;

        Assert.Contains("/drugo-novo-ime/", currentService, StringComparison.Ordinal);
        foreach (var (old, current) in new[] { (oldService, currentService), (oldOrganisation, now.Route(now.Get(organisation.Key)!, "sl-SI")!), (middleService, currentService) })
        {
            using var response = await client.GetAsync("/sl" + old);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal("/sl" + current, response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task Moving_an_item_to_another_parent_redirects_its_old_url()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var (organisation, service) = PublishedService(app);
        var target = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation" && c.Key != organisation.Key && app.Snapshot.Route(c, "sl-SI") is not null);
        var oldRoute = app.Snapshot.Route(service, "sl-SI")!;

        // What a move does to the tree, then what every committed content change ends with.
        await using (var db = app.CreateDbContext())
        {
            var node = await db.Nodes.SingleAsync(n => n.Key == service.Key);
            var parent = await db.Nodes.SingleAsync(n => n.Key == target.Key);
            node.ParentId = parent.Id;
            node.Level = parent.Level + 1;
            node.Path = parent.Path + "," + node.Id;
            await db.SaveChangesAsync();
        }

        await app.Services.GetRequiredService<ContentCommit>().ApplyAsync(new ContentChange(ContentChangeKind.Moved, [service.Key]));
        var newRoute = app.Snapshot.Route(app.Snapshot.Get(service.Key)!, "sl-SI")!;

        Assert.StartsWith(app.Snapshot.Route(target, "sl-SI")!, newRoute, StringComparison.Ordinal);
        using var response = await client.GetAsync("/sl" + oldRoute);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/sl" + newRoute, response.Headers.Location?.OriginalString);

        // The Delivery API answers the old path as Umbraco's ByRouteContentApiController.RedirectTo: 301 to the route path.
        using var api = await client.GetAsync(Api + oldRoute);
        var root = app.Snapshot.RootOf(app.Snapshot.Get(service.Key)!);
        Assert.Equal(HttpStatusCode.MovedPermanently, api.StatusCode);
        Assert.Equal(newRoute, api.Headers.Location?.OriginalString);
        Assert.Equal(root.Key.ToString(), api.Headers.GetValues("Location-Start-Item-Id").Single());
        Assert.Equal(root.Culture("sl-SI")!.UrlSegment, api.Headers.GetValues("Location-Start-Item-Path").Single());
    }

    [Fact]
    public async Task A_new_item_on_an_old_path_wins_and_redirects_to_trashed_items_are_ignored()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var (organisation, service) = PublishedService(app);
        var oldName = service.Name("sl-SI")!;
        var oldRoute = app.Snapshot.Route(service, "sl-SI")!;
        await RenameAndPublishAsync(app, service.Key, "sl-SI", "Drugačno ime");
        var newRoute = app.Snapshot.Route(app.Snapshot.Get(service.Key)!, "sl-SI")!;
        Assert.Equal(HttpStatusCode.MovedPermanently, (await client.GetAsync("/sl" + oldRoute)).StatusCode);

        var newcomer = await SaveDraftAsync(app, organisation.Key, oldName);
        await RenameAndPublishAsync(app, newcomer, "sl-SI", oldName);

        Assert.Equal(oldRoute, app.Snapshot.Route(app.Snapshot.Get(newcomer)!, "sl-SI"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sl" + oldRoute)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Api + oldRoute)).StatusCode);

        // The renamed service goes to the bin: its old route now leads nowhere.
        await RenameAndPublishAsync(app, service.Key, "sl-SI", "Tretje ime");
        await using (var db = app.CreateDbContext())
        {
            Assert.True((await new TrashContent(db, app.Services.GetRequiredService<ContentCommit>()).ExecuteAsync(service.Key, mayPublish: true)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sl" + newRoute)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Api + newRoute)).StatusCode);
    }

    [Fact]
    public async Task The_redirects_page_lists_filters_and_deletes_and_the_table_survives_a_restart()
    {
        using var data = new TempDirectory();
        Dictionary<string, string?> settings;
        string oldRoute;
        string newRoute;
        using (var app = new CmsApplication(dataDirectory: data.Path))
        {
            var client = await app.StartAsync();
            settings = app.Settings.ToDictionary();
            var (_, service) = PublishedService(app);
            oldRoute = app.Snapshot.Route(service, "sl-SI")!;
            await RenameAndPublishAsync(app, service.Key, "sl-SI", "Ime za seznam");
            newRoute = app.Snapshot.Route(app.Snapshot.Get(service.Key)!, "sl-SI")!;
        }

        using var restarted = new CmsApplication(settings: settings, dataDirectory: data.Path);
        var again = await restarted.StartAsync();
        Assert.Equal(HttpStatusCode.MovedPermanently, (await again.GetAsync("/sl" + oldRoute)).StatusCode);

        using var editor = await EditorAsync(restarted);
        var page = WebUtility.HtmlDecode(await editor.GetPageAsync("/umbraco/redirects"));
        Assert.Contains("/sl" + oldRoute, page, StringComparison.Ordinal);
        Assert.Contains("/sl" + newRoute, page, StringComparison.Ordinal);
        var filtered = WebUtility.HtmlDecode(await editor.GetPageAsync("/umbraco/redirects?q=ni-takega-naslova"));
        Assert.DoesNotContain("/sl" + oldRoute, filtered, StringComparison.Ordinal);
        Assert.Contains("id=\"no-redirects\"", filtered, StringComparison.Ordinal);

        var id = restarted.Services.GetRequiredService<NmZaMe.Cms.Redirects.RedirectTracker>().Table.Entries.Single(e => e.Path == oldRoute).Id;
        using var deleted = await editor.SubmitAsync($"/umbraco/redirects?id={id}", new Dictionary<string, string>(), "Delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("/sl" + oldRoute, WebUtility.HtmlDecode(await editor.GetPageAsync("/umbraco/redirects")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await again.GetAsync("/sl" + oldRoute)).StatusCode);
    }
}
