using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// B1: move, copy, sort, trash and restore each have their own permission, as in Umbraco's granular permissions
/// (without the publish permission they become requests for approval, see <see cref="ChangeRequestTests"/>).
/// </summary>
public sealed class TreeRightsTests
{
    private const string Password = "modra-reka-krka-tece";

    [Theory]
    [InlineData(Permissions.ContentMove, "move")]
    [InlineData(Permissions.ContentCopy, "copy")]
    [InlineData(Permissions.ContentSort, "sort")]
    [InlineData(Permissions.ContentTrash, "trash")]
    [InlineData(Permissions.ContentRestore, "restore")]
    public async Task A_group_without_a_tree_permission_gets_no_page_no_link_and_its_post_is_refused(string permission, string action)
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        var organisation = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation" && app.Snapshot.ChildrenOf(c.Key).Length > 1);
        var url = action == "restore" ? $"/umbraco/recycle-bin/{organisation.Key}/restore" : $"/umbraco/content/{organisation.Key}/{action}";

        // The control: with the permission the writer gets past the policy (restore of an item not in the bin is a 404).
        using (var allowed = BackOfficeSession.Create(app))
        {
            await allowed.SignInOkAsync("pisec@example.si", Password);
            using var page = await allowed.Client.GetAsync(url);
            Assert.NotEqual("/umbraco/access-denied", page.Headers.Location?.AbsolutePath);
            Assert.True(page.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"GET {url}: {(int)page.StatusCode}");
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var groups = scope.ServiceProvider.GetRequiredService<RoleManager<UserGroup>>();
            var writers = (await groups.FindByNameAsync(UserGroups.Writers))!;
            var claim = (await groups.GetClaimsAsync(writers)).Single(c => c.Type == Permissions.ClaimType && c.Value == permission);
            Assert.True((await groups.RemoveClaimAsync(writers, claim)).Succeeded);
        }

        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", Password);
        var item = await writer.GetPageAsync($"/umbraco/content/{organisation.Key}");
        Assert.DoesNotContain(url, item, StringComparison.Ordinal);

        using var refused = await writer.Client.GetAsync(url);
        Assert.Equal("/umbraco/access-denied", refused.Headers.Location?.AbsolutePath);
        using var post = await writer.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = BackOfficeSession.Token(item),
            ["ParentKey"] = organisation.ParentKey?.ToString() ?? string.Empty,
            ["Confirm"] = "true",
        }));
        Assert.Equal("/umbraco/access-denied", post.Headers.Location?.AbsolutePath);
    }
}
