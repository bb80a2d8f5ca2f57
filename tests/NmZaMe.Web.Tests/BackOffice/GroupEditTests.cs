using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

public sealed class GroupEditTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task An_administrator_changes_a_groups_name_permissions_start_node_and_2fa_and_it_applies_at_once()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", Password);
        using (var before = await writer.Client.GetAsync("/umbraco/settings"))
        {
            Assert.Equal("/umbraco/access-denied", before.Headers.Location?.AbsolutePath);
        }

        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var writers = await GroupIdAsync(app, UserGroups.Writers);
        var organisation = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation");
        var other = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation" && c.Key != organisation.Key);
        var name = organisation.Name("sl-SI")!;

        var search = await admin.GetPageAsync($"/umbraco/users/groups/{writers}?q={Uri.EscapeDataString(name)}");
        Assert.Contains($"value=\"{organisation.Key}\"", search, StringComparison.Ordinal);

        using var saved = await admin.SubmitAsync($"/umbraco/users/groups/{writers}", new Dictionary<string, string>
        {
            ["DisplayName"] = "Pisci in bralci nastavitev",
            ["Permissions"] = Permissions.ContentBrowse,
            ["RequireTwoFactor"] = "false",
            ["StartNode"] = organisation.Key.ToString(),
        }.Concat([new("Permissions", Permissions.SettingsRead)]).ToList());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await admin.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("Skupina je shranjena.", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Pisci in bralci nastavitev</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{organisation.Key}\" checked", page, StringComparison.Ordinal);

        // The writer's session ended (security stamp) and the new rights apply at the next sign-in.
        using (var ended = await writer.Client.GetAsync("/umbraco"))
        {
            Assert.Equal("/umbraco/login", ended.Headers.Location?.AbsolutePath);
        }

        await writer.SignInOkAsync("pisec@example.si", Password);
        await writer.GetPageAsync("/umbraco/settings");
        await writer.GetPageAsync($"/umbraco/content/{organisation.Key}");
        using (var outside = await writer.Client.GetAsync($"/umbraco/content/{other.Key}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        }

        // The administrator's own session survives a change of their own group.
        var administrators = await GroupIdAsync(app, UserGroups.Administrators);
        using var own = await admin.SubmitAsync($"/umbraco/users/groups/{administrators}", Permissions.All.Select(p => new KeyValuePair<string, string>("Permissions", p))
            .Append(new("DisplayName", "Skrbniki")).Append(new("RequireTwoFactor", "true")).Append(new("StartNode", "")).ToList());
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Contains("<h1>Skrbniki</h1>", await admin.GetPageAsync("/umbraco/users/groups/" + administrators), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_group_input_is_refused_with_a_message_and_nothing_changes()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var administrators = await GroupIdAsync(app, UserGroups.Administrators);
        var editors = await GroupIdAsync(app, UserGroups.Editors);

        var organisation = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation");
        using var lockout = await admin.SubmitAsync($"/umbraco/users/groups/{administrators}", new Dictionary<string, string>
        {
            ["DisplayName"] = "Administratorji (novo)", ["Permissions"] = Permissions.ContentBrowse, ["StartNode"] = organisation.Key.ToString(),
        });
        var refused = await lockout.Content.ReadAsStringAsync();
        Assert.Contains("value=\"Administratorji (novo)\"", refused, StringComparison.Ordinal);
        Assert.Contains($"value=\"{organisation.Key}\" checked", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, lockout.StatusCode);
        Assert.Contains("Skupini administratorjev ne morete odvzeti upravljanja uporabnikov", refused, StringComparison.Ordinal);

        using var invalid = await admin.SubmitAsync($"/umbraco/users/groups/{editors}", new Dictionary<string, string>
        {
            ["DisplayName"] = "", ["Permissions"] = Permissions.ContentBrowse, ["StartNode"] = Guid.NewGuid().ToString(),
        });
        var body = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Vpišite ime skupine.", body, StringComparison.Ordinal);
        Assert.Contains("Izbranega začetnega vozlišča ni (več).", body, StringComparison.Ordinal);

        using var notGuid = await admin.SubmitAsync($"/umbraco/users/groups/{editors}", new Dictionary<string, string>
        {
            ["DisplayName"] = "Uredniki", ["StartNode"] = "ni-guid",
        });
        Assert.Equal(HttpStatusCode.OK, notGuid.StatusCode);
        Assert.Contains("Vnesena vrednost »ni-guid« ni veljavna.", await notGuid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var groups = scope.ServiceProvider.GetRequiredService<RoleManager<UserGroup>>();
        var group = (await groups.FindByIdAsync(editors.ToString()))!;
        Assert.Equal("Uredniki", group.DisplayName);
        Assert.Null(group.StartContentKey);
        Assert.Contains(Permissions.ContentPublish, (await groups.GetClaimsAsync(group)).Select(c => c.Value));
        var admins = (await groups.FindByIdAsync(administrators.ToString()))!;
        Assert.Contains(Permissions.UsersManage, (await groups.GetClaimsAsync(admins)).Select(c => c.Value));
        using var missing = await admin.Client.GetAsync($"/umbraco/users/groups/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_administrator_sets_a_users_own_start_node()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var id = await BackOfficeSession.CreateUserAsync(app, "urednik@example.si", Password, UserGroups.Editors);
        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var organisation = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation");
        var other = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation" && c.Key != organisation.Key);

        var search = await admin.GetPageAsync($"/umbraco/users/{id}?q={Uri.EscapeDataString(organisation.Name("sl-SI")!)}");
        Assert.Contains($"value=\"{organisation.Key}\"", search, StringComparison.Ordinal);
        using var unknown = await admin.SubmitAsync($"/umbraco/users/{id}", new Dictionary<string, string> { ["StartNode"] = Guid.NewGuid().ToString() }, "StartNode");
        Assert.Contains("Izbranega začetnega vozlišča ni (več).", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var saved = await admin.SubmitAsync($"/umbraco/users/{id}", new Dictionary<string, string> { ["StartNode"] = organisation.Key.ToString() }, "StartNode");
        Assert.Contains("Začetno vozlišče je shranjeno.", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var editor = BackOfficeSession.Create(app);
        await editor.SignInOkAsync("urednik@example.si", Password);
        await editor.GetPageAsync($"/umbraco/content/{organisation.Key}");
        using var outside = await editor.Client.GetAsync($"/umbraco/content/{other.Key}");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    private static async Task<Guid> GroupIdAsync(CmsApplication app, string alias)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<RoleManager<UserGroup>>().FindByNameAsync(alias))!.Id;
    }
}
