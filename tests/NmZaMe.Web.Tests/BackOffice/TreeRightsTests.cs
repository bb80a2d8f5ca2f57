using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// B1: moving and sorting have their own permissions (without the publish permission they become requests for approval,
/// see <see cref="ChangeRequestTests"/>).
/// </summary>
public sealed class TreeRightsTests
{
    private const string Password = "modra-reka-krka-tece";

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
