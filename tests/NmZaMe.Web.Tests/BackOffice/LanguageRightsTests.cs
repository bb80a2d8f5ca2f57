using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// Language permissions (issue 14, as Umbraco 17's group "Languages"): an editor saves and publishes only the cultures
/// their groups allow; the others are shown read-only, and a crafted post that changes them is refused with nothing saved.
/// </summary>
public sealed class LanguageRightsTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task An_editor_limited_to_english_reads_slovenian_and_every_write_of_it_is_refused()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var editors = await GroupIdAsync(app, UserGroups.Editors);
        var permissions = UserGroups.Defaults.First(d => d.Alias == UserGroups.Editors).Permissions;
        using (var saved = await admin.SubmitAsync($"/umbraco/users/groups/{editors}", permissions.Select(p => new KeyValuePair<string, string>("Permissions", p))
                   .Concat([new("DisplayName", "Uredniki"), new("RequireTwoFactor", "false"), new("StartNode", ""), new("StartMedia", ""),
                       new("AllLanguages", "false"), new("Languages", "en-US")]).ToList()))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var groupPage = await admin.GetPageAsync($"/umbraco/users/groups/{editors}");
        Assert.Contains("name=\"Languages\" value=\"en-US\" checked", groupPage, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Languages\" value=\"sl-SI\" checked", groupPage, StringComparison.Ordinal);
        Assert.DoesNotMatch("id=\"all-languages\"[^>]*checked", groupPage);

        await BackOfficeSession.CreateUserAsync(app, "prevajalka@example.si", Password, UserGroups.Editors);
        using var editor = BackOfficeSession.Create(app);
        await editor.SignInOkAsync("prevajalka@example.si", Password);
        var service = app.Snapshot.All.First(c => c.ContentType.Alias == "service" && c.Name("en-US") is not null && c.Name("sl-SI") is not null);
        var sl = $"/umbraco/content/{service.Key}/edit?culture=sl-SI";
        var en = $"/umbraco/content/{service.Key}/edit?culture=en-US";

        var slPage = await editor.GetPageAsync(sl);
        Assert.Contains("id=\"culture-read-only\"", slPage, StringComparison.Ordinal);
        Assert.Contains("<fieldset class=\"read-only\" disabled>", slPage, StringComparison.Ordinal);
        var enPage = await editor.GetPageAsync(en);
        Assert.DoesNotContain("id=\"culture-read-only\"", enPage, StringComparison.Ordinal);
        Assert.Contains("id=\"shared-read-only\"", enPage, StringComparison.Ordinal);
        Assert.Matches("id=\"publish-sl-SI\"[^>]*disabled", enPage);

        var before = await StateAsync(app, service.Key);

        // Crafted: saving Slovenian, publishing Slovenian from the English form, unpublishing Slovenian, scheduling it.
        using (var save = await PostAsync(editor, sl, await ContentEditorTests.AllFieldsAsync(editor, sl, ("Name", "Prevzeto"), ("op", "save"))))
        {
            Assert.Equal(HttpStatusCode.OK, save.StatusCode);
            Assert.Contains("Jezika sl-SI ne smete urejati ali objavljati", WebUtility.HtmlDecode(await save.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var publishBoth = await ContentEditorTests.AllFieldsAsync(editor, en, ("Name", "Taken over"), ("op", "publish"), ("PublishCultures", "en-US"));
        publishBoth.Add(new("PublishCultures", "sl-SI"));
        using (var publish = await PostAsync(editor, en, publishBoth))
        {
            Assert.Contains("Jezika sl-SI ne smete urejati ali objavljati", WebUtility.HtmlDecode(await publish.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var unpublish = await PostAsync(editor, sl, [new("Culture", "sl-SI"), new("op", "unpublish")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, unpublish.StatusCode);
        }

        using (var schedule = await editor.SubmitAsync($"/umbraco/content/{service.Key}/schedule", new Dictionary<string, string>
               {
                   ["Rows[0].Culture"] = "sl-SI", ["Rows[0].UnpublishAt"] = Scheduling.SchedulingTests.Local(DateTime.UtcNow.AddHours(2)),
               }))
        {
            Assert.Equal(HttpStatusCode.OK, schedule.StatusCode);
            Assert.Contains("Jezika sl-SI ne smete urejati ali objavljati", WebUtility.HtmlDecode(await schedule.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(before, await StateAsync(app, service.Key));

        // Allowed: English is saved and published; the shared (invariant) values stay as they were, even when posted.
        var minimumAge = ContentData.Deserialize(before.Draft).Value("minimumAge", string.Empty);
        using (var publish = await PostAsync(editor, en, await ContentEditorTests.AllFieldsAsync(editor, en,
                   ("Name", "Home help in English"), ("op", "publish"), ("PublishCultures", "en-US"), ("f.minimumAge", "77"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }

        var after = await StateAsync(app, service.Key);
        var published = ContentData.Deserialize(after.Published!);
        Assert.Equal("Home help in English", published.Names["en-US"]);
        Assert.Equal(service.Name("sl-SI"), published.Names["sl-SI"]);
        Assert.Equal(minimumAge, ContentData.Deserialize(after.Draft).Value("minimumAge", string.Empty));

        // The note is in the editor's language.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = (await users.FindByEmailAsync("prevajalka@example.si"))!;
            user.Culture = "en-US";
            await users.UpdateAsync(user);
        }

        Assert.Contains("You can only read this language (sl-SI)", WebUtility.HtmlDecode(await editor.GetPageAsync(sl)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_without_languages_is_refused_and_groups_allow_all_languages_by_default()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var writers = await GroupIdAsync(app, UserGroups.Writers);
        var page = await admin.GetPageAsync($"/umbraco/users/groups/{writers}");
        Assert.Matches("id=\"all-languages\"[^>]*checked", page);

        using var none = await admin.SubmitAsync($"/umbraco/users/groups/{writers}", new Dictionary<string, string>
        {
            ["DisplayName"] = "Pisci", ["Permissions"] = Permissions.ContentBrowse, ["AllLanguages"] = "false", ["StartNode"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("Izberite vsaj en jezik ali dovolite vse jezike.", WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.Null((await db.Roles.AsNoTracking().FirstAsync(g => g.Name == UserGroups.Writers)).Languages);
    }

    [Fact]
    public void The_rule_takes_the_widest_group_and_gives_shared_values_to_the_default_language()
    {
        UserGroup Group(string? languages) => new() { Name = "g", Languages = languages };
        Assert.Null(LanguageRule.Resolve([Group("en-US"), Group(null)]));
        var english = LanguageRule.Resolve([Group("en-US"), Group("")])!;
        Assert.True(LanguageRule.Allows(english, "en-us", "sl-SI"));
        Assert.False(LanguageRule.Allows(english, "sl-SI", "sl-SI"));
        Assert.False(LanguageRule.Allows(english, string.Empty, "sl-SI"));
        Assert.True(LanguageRule.Allows(LanguageRule.Resolve([Group("sl-SI")]), string.Empty, "sl-SI"));
        Assert.Equal("en-US,sl-SI", LanguageRule.Format(["en-US", "sl-SI", "EN-us"]));
    }

    private sealed record State(string Draft, string? Published, int Version, int Schedules);

    private static async Task<State> StateAsync(CmsApplication app, Guid key)
    {
        await using var db = app.CreateDbContext();
        var node = await db.Nodes.AsNoTracking().FirstAsync(n => n.Key == key);
        return new State(node.DraftData, node.PublishedData, node.Version, await db.Set<ContentScheduleRecord>().CountAsync());
    }

    private static async Task<HttpResponseMessage> PostAsync(BackOfficeSession session, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = BackOfficeSession.Token(await session.GetPageAsync("/umbraco/account/password"));
        return await session.Client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)).ToList()));
    }

    internal static async Task<Guid> GroupIdAsync(CmsApplication app, string alias)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<RoleManager<UserGroup>>().FindByNameAsync(alias))!.Id;
    }
}
