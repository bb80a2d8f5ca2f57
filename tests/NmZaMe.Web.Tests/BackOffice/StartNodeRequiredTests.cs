using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>B19: a user in a group limited to a start node (organisation editors) cannot be saved without one.</summary>
public sealed class StartNodeRequiredTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task An_organisation_editor_needs_a_start_node_before_the_group_and_keeps_it()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var id = await BackOfficeSession.CreateUserAsync(app, "drustvo@example.si", Password, UserGroups.Writers);
        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var organisation = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation");

        using var refused = await admin.SubmitAsync($"/umbraco/users/{id}", new Dictionary<string, string> { ["SelectedGroups"] = UserGroups.OrganisationEditors }, "Groups");
        Assert.Contains("potrebuje začetno vozlišče", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain(UserGroups.OrganisationEditors, await RolesAsync(app, id));

        using (await admin.SubmitAsync($"/umbraco/users/{id}", new Dictionary<string, string> { ["StartNode"] = organisation.Key.ToString() }, "StartNode"))
        {
        }

        using var added = await admin.SubmitAsync($"/umbraco/users/{id}", new Dictionary<string, string> { ["SelectedGroups"] = UserGroups.OrganisationEditors }, "Groups");
        Assert.Contains("Skupine so shranjene.", WebUtility.HtmlDecode(await added.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains(UserGroups.OrganisationEditors, await RolesAsync(app, id));

        using var cleared = await admin.SubmitAsync($"/umbraco/users/{id}", new Dictionary<string, string> { ["StartNode"] = string.Empty }, "StartNode");
        Assert.Contains("zato potrebuje začetno vozlišče", WebUtility.HtmlDecode(await cleared.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>().FindByIdAsync(id.ToString());
        Assert.Equal(organisation.Key, user!.StartContentKey);
    }

    [Fact]
    public async Task The_organisation_editors_group_is_not_saved_without_a_start_node_while_a_member_has_none()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "drustvo@example.si", Password, UserGroups.OrganisationEditors);
        using var admin = await BackOfficeSession.AdministratorAsync(app);
        Guid group;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            group = (await scope.ServiceProvider.GetRequiredService<RoleManager<UserGroup>>().FindByNameAsync(UserGroups.OrganisationEditors))!.Id;
        }

        using var saved = await admin.SubmitAsync($"/umbraco/users/groups/{group}",
            UserGroups.Defaults.Single(d => d.Alias == UserGroups.OrganisationEditors).Permissions.Select(p => new KeyValuePair<string, string>("Permissions", p))
                .Append(new("DisplayName", "Uredniki organizacij")).Append(new("StartNode", string.Empty)).ToList());

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("drustvo@example.si", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("bi ostali brez njega", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static async Task<IList<string>> RolesAsync(CmsApplication app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(id.ToString()))!);
    }
}
