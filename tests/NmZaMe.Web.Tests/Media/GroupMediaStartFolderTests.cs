using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using static NmZaMe.Web.Tests.Media.MediaTestHelpers;

namespace NmZaMe.Web.Tests.Media;

/// <summary>
/// A group's media start folder combines with the member's own (as in Umbraco), and the content editor's media picker
/// offers, and accepts, only media within them (issue 14).
/// </summary>
public sealed class GroupMediaStartFolderTests
{
    [Fact]
    public async Task An_organisation_editor_picks_media_only_from_the_groups_folder_and_their_own()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        var shared = await CreateFolderAsync(app, editor, "Skupni logotipi");
        var own = await CreateFolderAsync(app, editor, "Društvo A");
        var nested = await CreateFolderAsync(app, editor, "Društvo A podmapa", own);
        foreach (var (folder, name) in new (Guid?, string)[] { (shared, "Skupni znak"), (own, "Znak društva"), (null, "Znak urada") })
        {
            using var upload = await UploadAsync(editor, folder, new Dictionary<string, string> { ["Items[0].Name"] = name, ["Items[0].Alt[inv]"] = name },
                new FormFile("Items[0].File", "znak.png", TestFiles.Png(2, 2)));
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        var inShared = (await FindAsync(app, "Skupni znak"))!.Key;
        var inOwn = (await FindAsync(app, "Znak društva"))!.Key;
        var outside = (await FindAsync(app, "Znak urada"))!.Key;

        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var groupId = await LanguageRightsTests.GroupIdAsync(app, UserGroups.OrganisationEditors);
        var permissions = UserGroups.Defaults.First(d => d.Alias == UserGroups.OrganisationEditors).Permissions;
        using (var saved = await admin.SubmitAsync($"/umbraco/users/groups/{groupId}", permissions.Select(p => new KeyValuePair<string, string>("Permissions", p))
                   .Concat([new("DisplayName", "Uredniki organizacij"), new("RequireTwoFactor", "false"), new("StartNode", ""), new("StartMedia", shared.ToString())]).ToList()))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Matches($"<option value=\"{shared}\" selected", await admin.GetPageAsync($"/umbraco/users/groups/{groupId}"));

        var organisation = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation").OrderBy(c => c.Key).First();
        await BackOfficeSession.CreateUserAsync(app, "drustvo@example.si", Password, UserGroups.OrganisationEditors);
        await SetStartFolderAsync(app, "drustvo@example.si", own);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = (await users.FindByEmailAsync("drustvo@example.si"))!;
            user.StartContentKey = organisation.Key;
            await users.UpdateAsync(user);
        }

        using var orgEditor = BackOfficeSession.Create(app);
        await orgEditor.SignInOkAsync("drustvo@example.si", Password);
        var library = await orgEditor.GetPageAsync("/umbraco/media");
        Assert.Contains($"/umbraco/media/{shared}", library, StringComparison.Ordinal);
        Assert.Contains($"/umbraco/media/{own}", library, StringComparison.Ordinal);

        var url = $"/umbraco/content/{organisation.Key}/edit?culture=sl-SI";
        var form = await orgEditor.GetPageAsync(url);
        var panel = await MediaPickerTests.OpAsync(orgEditor, url, "mediaopen|f.logo");
        Assert.Contains($"value=\"mediafolder|f.logo|{shared}\"", panel, StringComparison.Ordinal);
        Assert.Contains($"value=\"mediafolder|f.logo|{own}\"", panel, StringComparison.Ordinal);
        Assert.Contains($"value=\"mediapick|f.logo|{inShared}\"", await MediaPickerTests.OpAsync(orgEditor, url, $"mediafolder|f.logo|{shared}"), StringComparison.Ordinal);
        Assert.Contains($"value=\"mediapick|f.logo|{inOwn}\"", await MediaPickerTests.OpAsync(orgEditor, url, $"mediafolder|f.logo|{own}"), StringComparison.Ordinal);
        Assert.DoesNotContain(outside.ToString(), await MediaPickerTests.OpAsync(orgEditor, url, "mediasearch|f.logo", ("f.logo.mq", "Znak")), StringComparison.Ordinal);

        await using var db = app.CreateDbContext();
        var before = (await db.Nodes.AsNoTracking().FirstAsync(n => n.Key == organisation.Key)).DraftData;
        var token = BackOfficeSession.Token(form);
        using (var crafted = await orgEditor.Client.PostAsync(url, new FormUrlEncodedContent((await ContentEditorTests.AllFieldsAsync(orgEditor, url, ("f.logo", outside.ToString()), ("op", "save")))
                   .Append(new("__RequestVerificationToken", token)).ToList())))
        {
            Assert.Equal(HttpStatusCode.OK, crafted.StatusCode);
            Assert.Contains("Izbrani medij je zunaj vaših map medijev", WebUtility.HtmlDecode(await crafted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(before, (await db.Nodes.AsNoTracking().FirstAsync(n => n.Key == organisation.Key)).DraftData);

        using (var allowed = await orgEditor.Client.PostAsync(url, new FormUrlEncodedContent((await ContentEditorTests.AllFieldsAsync(orgEditor, url, ("f.logo", inShared.ToString()), ("op", "save")))
                   .Append(new("__RequestVerificationToken", token)).ToList())))
        {
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }

        Assert.Contains(inShared.ToString(), (await db.Nodes.AsNoTracking().FirstAsync(n => n.Key == organisation.Key)).DraftData, StringComparison.OrdinalIgnoreCase);

        // The user's own folder inside the group's gives way to the narrower one, as Umbraco combines them.
        await SetStartFolderAsync(app, "drustvo@example.si", nested);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var group = await scope.ServiceProvider.GetRequiredService<RoleManager<UserGroup>>().FindByNameAsync(UserGroups.OrganisationEditors);
            group!.StartMediaKey = own;
            await scope.ServiceProvider.GetRequiredService<RoleManager<UserGroup>>().UpdateAsync(group);
        }

        var narrowed = await orgEditor.GetPageAsync("/umbraco/media");
        Assert.Contains($"/umbraco/media/{nested}", narrowed, StringComparison.Ordinal);
        var narrowedPanel = await MediaPickerTests.OpAsync(orgEditor, url, "mediaopen|f.logo");
        Assert.Contains($"value=\"mediafolder|f.logo|{nested}\"", narrowedPanel, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"mediafolder|f.logo|{own}\"", narrowedPanel, StringComparison.Ordinal);
    }
}
