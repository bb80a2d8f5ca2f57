using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// B1: moving and sorting have their own permissions, and without the publish permission they cannot change the live
/// site (a writer moved a published service to another organisation, live at once).
/// </summary>
public sealed class TreeRightsTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task A_writer_cannot_move_a_published_item_and_the_site_keeps_it_where_it_was()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", Password);
        var organisations = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation" && app.Snapshot.ChildrenOf(c.Key).Length > 0).OrderBy(c => c.Key).Take(2).ToList();
        var service = app.Snapshot.ChildrenOf(organisations[0].Key).First();

        using var move = await writer.SubmitAsync($"/umbraco/content/{service.Key}/move", new Dictionary<string, string> { ["ParentKey"] = organisations[1].Key.ToString() });

        Assert.Equal(HttpStatusCode.OK, move.StatusCode);
        Assert.Contains("le uporabnik s pravico objave", await move.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(organisations[0].Key, app.Snapshot.Get(service.Key)!.ParentKey);
    }

    [Fact]
    public async Task A_writer_cannot_reorder_published_children_but_the_form_still_works()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", Password);
        var organisation = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation").First(o => app.Snapshot.ChildrenOf(o.Key).Length >= 2);
        var before = app.Snapshot.ChildrenOf(organisation.Key).Select(c => c.Key).ToList();
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < before.Count; i++)
        {
            fields[$"Keys[{i}]"] = before[i].ToString();
            fields[$"Positions[{i}]"] = (before.Count - i).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using var sort = await writer.SubmitAsync($"/umbraco/content/{organisation.Key}/sort", fields);

        Assert.Equal(HttpStatusCode.OK, sort.StatusCode);
        Assert.Contains("le uporabnik s pravico objave", await sort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, app.Snapshot.ChildrenOf(organisation.Key).Select(c => c.Key).ToList());
    }

    [Fact]
    public async Task A_group_without_the_move_permission_gets_no_move_page_and_no_link()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var groups = scope.ServiceProvider.GetRequiredService<RoleManager<UserGroup>>();
            var writers = (await groups.FindByNameAsync(UserGroups.Writers))!;
            var claim = (await groups.GetClaimsAsync(writers)).Single(c => c.Type == Permissions.ClaimType && c.Value == Permissions.ContentMove);
            Assert.True((await groups.RemoveClaimAsync(writers, claim)).Succeeded);
        }

        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", Password);
        var service = app.Snapshot.All.First(c => c.ContentType.Alias == "service");

        Assert.DoesNotContain($"/umbraco/content/{service.Key}/move", await writer.GetPageAsync($"/umbraco/content/{service.Key}"), StringComparison.Ordinal);
        using var page = await writer.Client.GetAsync($"/umbraco/content/{service.Key}/move");
        Assert.Equal("/umbraco/access-denied", page.Headers.Location?.AbsolutePath);
    }
}
