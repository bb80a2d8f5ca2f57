using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

public sealed class ContentTreeTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task The_tree_expands_by_links_and_shows_an_items_properties()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "urednik@example.si", Password, UserGroups.Editors);
        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("urednik@example.si", Password);
        var organisation = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation");
        var service = app.Snapshot.ChildrenOf(organisation.Key).First();

        var root = await session.GetPageAsync("/umbraco/content");
        var page = await session.GetPageAsync($"/umbraco/content/{organisation.Key}");

        Assert.Contains(app.Snapshot.Roots[0].Key.ToString(), root, StringComparison.Ordinal);
        Assert.Contains(organisation.Name("sl-SI")!, page, StringComparison.Ordinal);
        Assert.Contains($"/umbraco/content/{service.Key}", page, StringComparison.Ordinal);
        Assert.Contains("(lastReviewed)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_editor_sees_only_their_organisation()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var organisations = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation").Take(2).ToList();
        var id = await BackOfficeSession.CreateUserAsync(app, "drustvo@example.si", Password, UserGroups.OrganisationEditors);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            user.StartContentKey = organisations[0].Key;
            await users.UpdateAsync(user);
        }

        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("drustvo@example.si", Password);

        var root = await session.GetPageAsync("/umbraco/content");
        Assert.Contains(organisations[0].Key.ToString(), root, StringComparison.Ordinal);
        Assert.DoesNotContain(organisations[1].Key.ToString(), root, StringComparison.Ordinal);
        await session.GetPageAsync($"/umbraco/content/{organisations[0].Key}");
        using var other = await session.Client.GetAsync($"/umbraco/content/{organisations[1].Key}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);

        var dashboard = await session.GetPageAsync("/umbraco");
        Assert.DoesNotContain(organisations[1].Key.ToString(), dashboard, StringComparison.Ordinal);
    }
}
