using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using static NmZaMe.Web.Tests.Media.MediaTestHelpers;

namespace NmZaMe.Web.Tests.Media;

/// <summary>B18: organisation editors see and change media only in their start folder, set per user in the Users section.</summary>
public sealed class MediaStartFolderTests
{
    [Fact]
    public async Task An_organisation_editor_works_only_in_the_start_folder_an_administrator_sets()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        var own = await CreateFolderAsync(app, editor, "Društvo A");
        var other = await CreateFolderAsync(app, editor, "Društvo B");
        using (await UploadAsync(editor, other, new Dictionary<string, string> { ["Items[0].Name"] = "Tuja navodila" }, new FormFile("Items[0].File", "navodila.pdf", TestFiles.Pdf())))
        {
        }

        var foreign = (await FindAsync(app, "Tuja navodila"))!;
        using var orgEditor = await SignInAsync(app, "drustvo@example.si", UserGroups.OrganisationEditors);

        // Without a start folder an organisation editor has no media at all.
        Assert.DoesNotContain($"/umbraco/media/{own}", await orgEditor.GetPageAsync("/umbraco/media"), StringComparison.Ordinal);

        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var id = await UserIdAsync(app, "drustvo@example.si");
        using var saved = await admin.SubmitAsync($"/umbraco/users/{id}", new Dictionary<string, string> { ["StartMedia"] = own.ToString() }, "StartMedia");
        Assert.Contains("Začetna mapa medijev je shranjena.", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var signedIn = BackOfficeSession.Create(app);
        await signedIn.SignInOkAsync("drustvo@example.si", Password);
        var library = await signedIn.GetPageAsync("/umbraco/media");
        Assert.Contains($"/umbraco/media/{own}", library, StringComparison.Ordinal);
        Assert.DoesNotContain($"/umbraco/media/{other}", library, StringComparison.Ordinal);
        foreach (var url in new[] { $"/umbraco/media/{other}", $"/umbraco/media/{foreign.Key}", "/umbraco/media/upload", $"/umbraco/media/upload/{other}" })
        {
            using var outside = await signedIn.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        }

        var token = BackOfficeSession.Token(await signedIn.GetPageAsync($"/umbraco/media/{own}"));
        using var rename = await signedIn.Client.PostAsync($"/umbraco/media/{foreign.Key}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Prevzeto", ["Version"] = foreign.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.NotFound, rename.StatusCode);
        Assert.NotNull(await FindAsync(app, "Tuja navodila"));

        using var upload = await UploadAsync(signedIn, own, new Dictionary<string, string> { ["Items[0].Name"] = "Naša navodila" }, new FormFile("Items[0].File", "nasa.pdf", TestFiles.Pdf()));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.NotNull(await FindAsync(app, "Naša navodila"));
    }

    private static async Task<Guid> UserIdAsync(CmsApplication app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>().FindByEmailAsync(email))!.Id;
    }
}
