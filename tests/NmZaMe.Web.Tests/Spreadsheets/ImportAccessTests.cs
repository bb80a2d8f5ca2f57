using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Spreadsheets;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;

namespace NmZaMe.Web.Tests.Spreadsheets;

/// <summary>Issue 15, spreadsheets: who may import what, files that are not a catalogue, and all or nothing.</summary>
public sealed class ImportAccessTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task An_organisation_editor_imports_only_within_their_start_node_and_sends_the_changes_for_approval()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var own = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation" && app.Snapshot.ChildrenOf(c.Key).Length > 0).OrderBy(c => c.Key).First();
        await BackOfficeSession.CreateUserAsync(app, "drustvo@example.si", Password, own.Key, UserGroups.OrganisationEditors);

        using var office = await ExportTests.SignInAsync(app, "urednica@example.si", UserGroups.Editors);
        var sheet = await Sheet.ExportAsync(office);
        var ownKey = app.Snapshot.ChildrenOf(own.Key)[0].Key.ToString();
        var mine = sheet.Rows("service").Single(r => sheet.Get(r, "key") == ownKey);
        var foreign = sheet.Rows("service").First(r => sheet.Get(r, "parent.key") != own.Key.ToString());
        sheet.Set(mine, "summary.sl", "Naš novi povzetek.");
        sheet.Set(foreign, "summary.sl", "Tuji povzetek.");
        sheet.Add("organisation", sheet.Get(sheet.Rows("organisation")[0], "parent.key"), ("name.sl", "Nova organizacija"), ("summary.sl", "Povzetek."));
        sheet.Keep(mine, foreign, sheet.Rows("organisation").Single(r => sheet.Get(r, "key").Length == 0));
        var before = await ImportTests.DraftsAsync(app);

        using var editor = BackOfficeSession.Create(app);
        await editor.SignInOkAsync("drustvo@example.si", Password);
        var (_, preview) = await ImportTests.PreviewAsync(editor, sheet.Csv(), "nasi.csv");
        Assert.Contains("V vašem delu drevesa ni vnosa s tem ključem.", preview, StringComparison.Ordinal);
        Assert.Contains("Nadrejeni vnos (parent.key) ne obstaja ali ni v vašem delu drevesa.", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Tuji povzetek.", preview, StringComparison.Ordinal);
        Assert.Equal(before, await ImportTests.DraftsAsync(app));

        sheet.Keep(mine);
        var (url, valid) = await ImportTests.PreviewAsync(editor, sheet.Xlsx(), "nasi.xlsx");
        Assert.Contains("poslani v odobritev", valid, StringComparison.Ordinal);
        using var confirmed = await editor.SubmitAsync(url, []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        await using var db = app.CreateDbContext();
        var node = await db.Nodes.AsNoTracking().SingleAsync(n => n.Key == Guid.Parse(ownKey));
        Assert.Equal("drustvo@example.si", node.ApprovalRequestedBy);
        Assert.Equal("Naš novi povzetek.", ContentData.Deserialize(node.DraftData).Value("summary", "sl-SI"));
        Assert.NotEqual("Naš novi povzetek.", ContentData.Deserialize(node.PublishedData!).Value("summary", "sl-SI"));

        // Writers have no content.import: neither the page nor the menu.
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", Password);
        using var refused = await writer.Client.GetAsync("/umbraco/spreadsheets/import");
        Assert.Equal("/umbraco/access-denied", refused.Headers.Location?.AbsolutePath);
        Assert.DoesNotContain("/umbraco/spreadsheets/", await writer.GetPageAsync("/umbraco"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_that_are_too_large_not_a_spreadsheet_or_not_the_layout_get_a_clear_page()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await ExportTests.SignInAsync(app, "urednica@example.si", UserGroups.Editors);
        var before = await ImportTests.DraftsAsync(app);

        var large = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("\"key\",\"type\"\r\n", 6 * 1024 * 1024 / 14)));
        using (var tooLarge = await editor.SubmitMultipartAsync("/umbraco/spreadsheets/import", new Dictionary<string, string>(), [new FormFile("file", "velika.csv", large)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, tooLarge.StatusCode);
            Assert.Equal("/umbraco/spreadsheets/import?tooLarge=true", tooLarge.Headers.Location?.OriginalString);
            Assert.Contains("Datoteka je prevelika: največ 5 MB.", await editor.GetPageAsync(tooLarge.Headers.Location!.OriginalString), StringComparison.Ordinal);
        }

        var cases = new (string Name, byte[] Content, string Words)[]
        {
            ("slika.png", TestFiles.Png(2, 2), "Datoteka mora biti preglednica XLSX ali CSV."),
            ("katalog.csv", [0x22, 0x6B, 0x65, 0x79, 0x22, 0x2C, 0x9A, 0x0D, 0x0A], "CSV mora biti v kodiranju UTF-8"),
            ("katalog.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02], "XLSX pa shranjen iz programa za preglednice"),
            ("prazna.csv", Encoding.UTF8.GetBytes("\r\n,,\r\n"), "Datoteka je prazna."),
        };
        foreach (var (name, content, words) in cases)
        {
            using var response = await editor.SubmitMultipartAsync("/umbraco/spreadsheets/import", new Dictionary<string, string>(), [new FormFile("file", name, content)]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(words, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var (_, wrongLayout) = await ImportTests.PreviewAsync(editor, Encoding.UTF8.GetBytes("key,vrsta,name.sl\r\n,service,Nekaj\r\n"), "stolpci.csv");
        Assert.Contains("Neznan stolpec »vrsta«", wrongLayout, StringComparison.Ordinal);
        Assert.Contains("Manjka stolpec »type«.", wrongLayout, StringComparison.Ordinal);

        // Someone else's or a made-up batch id is the same "gone" page.
        using var missing = await editor.Client.GetAsync($"/umbraco/spreadsheets/import/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(before, await ImportTests.DraftsAsync(app));
    }

    [Fact]
    public async Task When_one_row_cannot_be_saved_the_rows_before_it_are_rolled_back_too()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await ExportTests.SignInAsync(app, "urednica@example.si", UserGroups.Editors);
        var sheet = await Sheet.ExportAsync(editor);
        var (first, second) = (sheet.Rows("service")[0], sheet.Rows("service")[1]);
        sheet.Set(first, "summary.sl", "Prva sprememba.");
        sheet.Set(second, "summary.sl", "Druga sprememba.");
        sheet.Keep(first, second);
        var rows = CsvTable.Read(Encoding.UTF8.GetString(sheet.Csv()));

        await using var db = app.CreateDbContext();
        var schema = app.Snapshot.Schema;
        var plan = await new PlanImport(db, schema).ExecuteAsync(new(rows, _ => true, "urednica@example.si"), CancellationToken.None);
        Assert.Equal(2, plan.Count(ImportAction.Change));

        // Someone saves the second entry between the preview and the confirmation.
        await using (var other = app.CreateDbContext())
        {
            var node = await other.Nodes.SingleAsync(n => n.Key == Guid.Parse(sheet.Get(second, "key")));
            node.Version++;
            await other.SaveChangesAsync();
        }

        var before = await ImportTests.DraftsAsync(app);
        var save = new SaveContent(db, schema);
        var result = await new ImportCatalogue(db, save, new RequestApproval(db, save, app.Services.GetRequiredService<MailOutbox>()))
            .ExecuteAsync(new(plan, SendForApproval: false, "urednica@example.si", "test.csv"), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(3, result.Failed?.Row);
        Assert.Equal(before, await ImportTests.DraftsAsync(app));
        await using var check = app.CreateDbContext();
        Assert.False(await check.AuditEntries.AnyAsync(a => a.Action == ImportCatalogue.AuditAction));
    }
}
