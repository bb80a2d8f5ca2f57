using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

public sealed class SettingsTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task An_editor_reads_document_types_data_types_and_languages_from_the_imported_schema()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "urednik@example.si", Password, UserGroups.Editors);
        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("urednik@example.si", Password);
        var schema = app.Snapshot.Schema;
        var service = schema.GetContentType("service")!;
        var summary = schema.Property(service, "summary")!;
        var dataType = schema.DataTypeOf(summary);

        var index = await session.GetPageAsync("/umbraco/settings");
        var detail = await session.GetPageAsync("/umbraco/settings/document-types/service");
        var element = await session.GetPageAsync("/umbraco/settings/document-types/contactPoint");
        var data = WebUtility.HtmlDecode(await session.GetPageAsync($"/umbraco/settings/data-types/{dataType.Key}"));

        Assert.Contains("uSync/v17", index, StringComparison.Ordinal);
        Assert.Contains("/umbraco/settings/document-types/organisation", index, StringComparison.Ordinal);
        Assert.Contains("/umbraco/settings/document-types/contactPoint", index, StringComparison.Ordinal);
        Assert.Contains("<code>sl-SI</code>", index, StringComparison.Ordinal);
        Assert.Contains("<code>en-US</code>", index, StringComparison.Ordinal);
        Assert.Contains(service.Key.ToString(), detail, StringComparison.Ordinal);
        Assert.Contains("<code>lastReviewed</code>", detail, StringComparison.Ordinal);
        Assert.Contains(summary.EditorAlias, detail, StringComparison.Ordinal);
        Assert.Contains($"/umbraco/settings/data-types/{dataType.Key}", detail, StringComparison.Ordinal);
        Assert.Contains("<dt>Dovoljen v korenu</dt><dd>ne</dd>", detail, StringComparison.Ordinal);
        Assert.Contains(">element<", element, StringComparison.Ordinal);
        Assert.Contains(dataType.EditorAlias, data, StringComparison.Ordinal);
        Assert.Contains("/umbraco/settings/document-types/service", data, StringComparison.Ordinal);
        foreach (var key in dataType.Config.Select(c => c.Key))
        {
            Assert.Contains($"\"{key}\"", data, StringComparison.Ordinal);
        }

        using var unknown = await session.Client.GetAsync("/umbraco/settings/document-types/noSuchType");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var unknownData = await session.Client.GetAsync($"/umbraco/settings/data-types/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknownData.StatusCode);
    }

    [Fact]
    public async Task A_writer_cannot_open_settings_or_export_and_an_editor_may_look_but_not_export()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        await BackOfficeSession.CreateUserAsync(app, "urednik@example.si", Password, UserGroups.Editors);
        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", Password);
        using var editor = BackOfficeSession.Create(app);
        await editor.SignInOkAsync("urednik@example.si", Password);

        foreach (var url in new[] { "/umbraco/settings", "/umbraco/settings/export", "/umbraco/settings/document-types/service" })
        {
            using var refused = await writer.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/umbraco/access-denied", refused.Headers.Location?.AbsolutePath);
        }

        Assert.DoesNotContain("/umbraco/settings\"", await writer.GetPageAsync("/umbraco"), StringComparison.Ordinal);
        Assert.Contains("href=\"/umbraco/settings\"", await editor.GetPageAsync("/umbraco"), StringComparison.Ordinal);
        var page = await editor.GetPageAsync("/umbraco/settings/export");
        Assert.Contains("export-not-allowed", page, StringComparison.Ordinal);
        using var download = await editor.Client.PostAsync("/umbraco/settings/export?handler=Download",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = BackOfficeSession.Token(await editor.GetPageAsync("/umbraco/account/language")) }));
        Assert.Equal("/umbraco/access-denied", download.Headers.Location?.AbsolutePath);
        Assert.NotEqual("application/zip", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_exported_zip_reimports_to_the_same_state()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var admin = await BackOfficeSession.AdministratorAsync(app);

        using var response = await admin.SubmitAsync("/umbraco/settings/export", new Dictionary<string, string>(), "Download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var unzipped = new TempDirectory();
        await using (var zip = await response.Content.ReadAsStreamAsync())
        {
            ZipFile.ExtractToDirectory(zip, unzipped.Path);
        }

        Assert.True(File.Exists(Path.Combine(unzipped.Path, "v17", "usync.config")));
        Assert.True(File.Exists(Path.Combine(unzipped.Path, "v17", "ContentTypes", "service.config")));
        Assert.True(Directory.EnumerateFiles(Path.Combine(unzipped.Path, "v17", "DataTypes")).Any());
        using var second = new CmsApplication(unzipped.Path);
        await second.StartAsync();
        Assert.Equal(await USyncRoundTripTests.State(app), await USyncRoundTripTests.State(second));
        Assert.Equal(
            app.Snapshot.Schema.ContentTypes.Select(t => t.Alias).Order(),
            second.Snapshot.Schema.ContentTypes.Select(t => t.Alias).Order());
    }

    [Fact]
    public async Task Writing_to_the_usync_folder_needs_a_confirmation()
    {
        using var usync = TestUSync.Full();
        using var app = new CmsApplication(usync.Folder);
        await app.StartAsync();
        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var before = File.ReadAllText(usync.PathOf(Path.Combine("Content", "pisarna-lokalne-blaginje.config")));
        await using (var db = app.CreateDbContext())
        {
            var key = app.Snapshot.All.First(c => c.Name("sl-SI") == "Pisarna lokalne blaginje").Key;
            var office = await db.Nodes.SingleAsync(n => n.Key == key);
            var data = ContentData.Deserialize(office.DraftData);
            data.Names["sl-SI"] = "Pisarna lokalne blaginje (izvoz)";
            office.DraftData = data.Serialize();
            await db.SaveChangesAsync();
        }

        using var unconfirmed = await admin.SubmitAsync("/umbraco/settings/export", new Dictionary<string, string>(), "Write");
        var refused = await unconfirmed.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Potrdite, da se datoteke", refused, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(usync.PathOf(Path.Combine("Content", "pisarna-lokalne-blaginje.config"))));

        using var confirmed = await admin.SubmitAsync("/umbraco/settings/export", new Dictionary<string, string> { ["Confirm"] = "true" }, "Write");
        Assert.Contains("id=\"message\"", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Directory.EnumerateFiles(usync.PathOf("Content")), f => File.ReadAllText(f).Contains("Pisarna lokalne blaginje (izvoz)", StringComparison.Ordinal));
    }
}
