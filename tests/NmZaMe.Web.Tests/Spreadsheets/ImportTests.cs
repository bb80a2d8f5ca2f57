using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Spreadsheets;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;

namespace NmZaMe.Web.Tests.Spreadsheets;

/// <summary>Issue 15, spreadsheets: the import of the export's layout through the preview and the confirmation.</summary>
public sealed class ImportTests
{
    [Fact]
    public async Task Exported_files_import_back_as_all_unchanged_in_csv_and_xlsx()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await ExportTests.SignInAsync(app, "urednica@example.si", UserGroups.Editors);

        foreach (var format in new[] { "csv", "xlsx" })
        {
            var file = await ExportTests.DownloadAsync(editor, "all", format);
            var rows = format == "csv" ? CsvTable.Read(Encoding.UTF8.GetString(file)).Count : XlsxTable.Read(new MemoryStream(file)).Count;
            var (_, preview) = await PreviewAsync(editor, file, "katalog." + format);

            Assert.Contains($"Brez sprememb: {rows - 1}", preview, StringComparison.Ordinal);
            Assert.Contains("Novi vnosi: 0", preview, StringComparison.Ordinal);
            Assert.Contains("Spremenjeni vnosi: 0", preview, StringComparison.Ordinal);
            Assert.Contains("Datoteka ne spreminja ničesar.", preview, StringComparison.Ordinal);
            Assert.DoesNotContain("<form method=\"post\">", preview, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_import_with_errors_lists_every_error_in_the_preview_and_saves_nothing_even_when_confirmed()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await ExportTests.SignInAsync(app, "urednica@example.si", UserGroups.Editors);
        var sheet = await Sheet.ExportAsync(editor);
        var services = sheet.Rows("service");
        var organisation = sheet.Rows("organisation")[0];

        sheet.Set(services[0], "summary.sl", "Spremenjen povzetek, ki bi se shranil.");
        sheet.Set(services[1], "cost", "[\"zastonj\"]");
        sheet.Set(services[2], "summary.sl", string.Empty);
        sheet.Set(organisation, "postcode", "80A");
        sheet.Set(services[3], "key", "ni-kljuc");
        sheet.Add("service", Guid.NewGuid().ToString(), ("name.sl", "Nova storitev brez organizacije"), ("summary.sl", "Povzetek."), ("cost", "[\"brezplačno\"]"));
        var before = await DraftsAsync(app);

        var (url, preview) = await PreviewAsync(editor, sheet.Csv(), "napake.csv");

        Assert.Contains("Vrstice z napakami: 5", preview, StringComparison.Ordinal);
        Assert.Contains("Nič ne bo shranjeno, dokler so v datoteki napake", preview, StringComparison.Ordinal);
        AssertRowError(preview, sheet.Number(services[1]), "cost", "zastonj");
        AssertRowError(preview, sheet.Number(services[2]), "summary.sl", "Vrednost je obvezna.");
        AssertRowError(preview, sheet.Number(organisation), "postcode", "Poštna številka ima štiri števke.");
        AssertRowError(preview, sheet.Number(services[3]), "key", "Ključ ni veljaven");
        AssertRowError(preview, sheet.Count, "parent.key", "Nadrejeni vnos (parent.key) ne obstaja");
        Assert.DoesNotContain("<form method=\"post\">", preview, StringComparison.Ordinal);

        // A confirmation sent anyway (the button is not there) saves nothing either.
        using var confirmed = await editor.SubmitAsync(url, []);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Nič ni bilo uvoženo", WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await DraftsAsync(app));
    }

    [Fact]
    public async Task A_valid_import_creates_and_changes_drafts_in_one_go_with_an_audit_line_and_strips_the_formula_apostrophe()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await ExportTests.SignInAsync(app, "urednica@example.si", UserGroups.Editors);
        var sheet = await Sheet.ExportAsync(editor);
        var service = sheet.Rows("service")[0];
        var organisation = sheet.Rows("organisation")[0];
        var serviceKey = Guid.Parse(sheet.Get(service, "key"));
        var oldSummary = sheet.Get(service, "summary.sl");
        sheet.Set(service, "summary.sl", "Nov povzetek iz preglednice.");
        sheet.Set(service, "costDetails.en", "'=1+2 is not a formula");
        sheet.Add("service", sheet.Get(organisation, "key"), ("name.sl", "Nova storitev iz preglednice"), ("name.en", "A new service from a spreadsheet"),
            ("summary.sl", "Povzetek nove storitve."), ("summary.en", "What the new service does."), ("cost", "[\"brezplačno\"]"), ("status", "[\"aktivna\"]"),
            ("lifeChallenges", sheet.Get(service, "lifeChallenges")));
        var published = await PublishedAsync(app);

        var (url, preview) = await PreviewAsync(editor, sheet.Csv(), "popravki.csv");
        Assert.Contains("Novi vnosi: 1", preview, StringComparison.Ordinal);
        Assert.Contains("Spremenjeni vnosi: 1", preview, StringComparison.Ordinal);
        Assert.Contains(oldSummary[..Math.Min(60, oldSummary.Length)], preview, StringComparison.Ordinal);
        Assert.Contains("Nov povzetek iz preglednice.", preview, StringComparison.Ordinal);
        Assert.Contains("<ins lang=\"en\">=1+2 is not a formula</ins>", preview, StringComparison.Ordinal);

        using var confirmed = await editor.SubmitAsync(url, []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/umbraco/spreadsheets/import", confirmed.Headers.Location?.OriginalString);
        Assert.Contains("Uvoženo kot osnutki: 1 novih in 1 spremenjenih vnosov.", WebUtility.HtmlDecode(await editor.GetPageAsync("/umbraco/spreadsheets/import")), StringComparison.Ordinal);

        await using var db = app.CreateDbContext();
        var changed = await db.Nodes.AsNoTracking().SingleAsync(n => n.Key == serviceKey);
        var draft = ContentData.Deserialize(changed.DraftData);
        Assert.Equal("Nov povzetek iz preglednice.", draft.Value("summary", "sl-SI"));
        Assert.Equal("=1+2 is not a formula", draft.Value("costDetails", "en-US"));
        var created = (await db.Nodes.AsNoTracking().Where(n => n.ContentTypeAlias == "service").ToListAsync())
            .Single(n => ContentData.Deserialize(n.DraftData).Names.GetValueOrDefault("sl-SI") == "Nova storitev iz preglednice");
        Assert.Null(created.PublishedData);
        Assert.Equal(Guid.Parse(sheet.Get(organisation, "key")), (await db.Nodes.AsNoTracking().SingleAsync(n => n.Id == created.ParentId)).Key);
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == ImportCatalogue.AuditAction && a.UserName == "urednica@example.si"));
        Assert.Equal(published, await PublishedAsync(app));

        // The batch is gone once imported: the same confirmation cannot run twice.
        using var again = await editor.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    internal static async Task<(string Url, string Html)> PreviewAsync(BackOfficeSession session, byte[] file, string name)
    {
        using var uploaded = await session.SubmitMultipartAsync("/umbraco/spreadsheets/import", new Dictionary<string, string>(), [new FormFile("file", name, file)]);
        Assert.True(uploaded.StatusCode == HttpStatusCode.Redirect, $"Upload answered {(int)uploaded.StatusCode}: {await uploaded.Content.ReadAsStringAsync()}");
        var url = uploaded.Headers.Location!.OriginalString;
        Assert.StartsWith("/umbraco/spreadsheets/import/", url, StringComparison.Ordinal);
        return (url, WebUtility.HtmlDecode(await session.GetPageAsync(url)));
    }

    private static void AssertRowError(string html, int row, string column, string words)
    {
        var start = html.IndexOf($"id=\"row-{row}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"Row {row} is not in the preview.");
        var section = html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        Assert.Contains($"<code>{column}</code>", section, StringComparison.Ordinal);
        Assert.Contains(words, section, StringComparison.Ordinal);
    }

    /// <summary>Every document's draft and version: what an import could change.</summary>
    internal static async Task<List<string>> DraftsAsync(CmsApplication app)
    {
        await using var db = app.CreateDbContext();
        return await db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Document).OrderBy(n => n.Id)
            .Select(n => n.Key + "|" + n.Version + "|" + n.ApprovalRequestedBy + "|" + n.DraftData).ToListAsync();
    }

    private static async Task<List<string>> PublishedAsync(CmsApplication app)
    {
        await using var db = app.CreateDbContext();
        return await db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Document && n.PublishedData != null).OrderBy(n => n.Id)
            .Select(n => n.Key + "|" + n.PublishedData).ToListAsync();
    }
}
