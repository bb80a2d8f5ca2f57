using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Spreadsheets;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;

namespace NmZaMe.Web.Tests.Spreadsheets;

/// <summary>Issue 15, spreadsheets: the export of organisations and services (layout in docs/spreadsheets.md).</summary>
public sealed class ExportTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task Export_has_a_column_for_every_property_and_the_stored_values_and_xlsx_matches_csv()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await SignInAsync(app, "urednica@example.si", UserGroups.Editors);

        var csv = await DownloadAsync(editor, "all", "csv");
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var rows = CsvTable.Read(Encoding.UTF8.GetString(csv));
        var header = rows[0].ToList();
        Assert.Equal(["key", "type", "parent.key", "parent.name", "name.sl", "name.en"], header.Take(6));
        var schema = app.Snapshot.Schema;
        foreach (var alias in SpreadsheetLayout.Types)
        {
            var type = schema.GetContentType(alias)!;
            foreach (var property in schema.PropertiesOf(type))
            {
                Assert.True(property.VariesByCulture && type.VariesByCulture
                    ? header.Contains(property.Alias + ".sl") && header.Contains(property.Alias + ".en")
                    : header.Contains(property.Alias), $"No column for {alias}.{property.Alias}");
            }
        }

        await using var db = app.CreateDbContext();
        var services = await db.Nodes.AsNoTracking().Where(n => n.ContentTypeAlias == "service" && !n.Trashed).ToListAsync();
        var organisations = await db.Nodes.AsNoTracking().CountAsync(n => n.ContentTypeAlias == "organisation" && !n.Trashed);
        Assert.Equal(services.Count + organisations, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));

        // Every stored value of every service is in its cell, and pickers carry the names of what they point to.
        foreach (var node in services)
        {
            var row = rows.Single(r => r[0] == node.Key.ToString());
            var data = ContentData.Deserialize(node.DraftData);
            Assert.Equal("service", row[1]);
            Assert.Equal(data.Names["sl-SI"], row[header.IndexOf("name.sl")]);
            foreach (var (alias, byCulture) in data.Values)
            {
                foreach (var (culture, value) in byCulture)
                {
                    var column = culture.Length == 0 ? alias : alias + "." + SpreadsheetLayout.Suffix(culture);
                    Assert.Equal(value, row[header.IndexOf(column)]);
                }
            }

            var parent = await db.Nodes.AsNoTracking().SingleAsync(n => n.Id == node.ParentId);
            Assert.Equal(parent.Key.ToString(), row[2]);
            Assert.Equal(ContentData.Deserialize(parent.DraftData).Names["sl-SI"], row[3]);
        }

        var picked = rows.Skip(1).First(r => r[1] == "service" && r[header.IndexOf("lifeChallenges")].Length > 0);
        var challenge = app.Snapshot.All.Single(c => picked[header.IndexOf("lifeChallenges")].Split(',')[0].EndsWith(c.Key.ToString("N"), StringComparison.Ordinal));
        Assert.StartsWith(challenge.Name("sl-SI")!, picked[header.IndexOf("lifeChallenges.names")], StringComparison.Ordinal);

        var xlsx = await DownloadAsync(editor, "all", "xlsx");
        using var stream = new MemoryStream(xlsx);
        var sheet = XlsxTable.Read(stream);
        Assert.Equal(rows.Count, sheet.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            // A sheet row ends at its last non-empty cell in some writers; ours writes every cell.
            Assert.Equal(rows[i], sheet[i]);
        }
    }

    [Fact]
    public async Task One_culture_exports_only_that_cultures_columns()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await SignInAsync(app, "urednica@example.si", UserGroups.Editors);

        var header = CsvTable.Read(Encoding.UTF8.GetString(await DownloadAsync(editor, "en", "csv")))[0];

        Assert.Contains("name.en", header);
        Assert.Contains("description.en", header);
        Assert.DoesNotContain(header, h => h.EndsWith(".sl", StringComparison.Ordinal));
        Assert.Contains("lifeChallenges", header);
    }

    [Fact]
    public async Task An_organisation_editor_exports_only_their_organisation_and_a_writer_may_not_export()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var organisation = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation").OrderBy(c => c.Name("sl-SI")).First();
        await BackOfficeSession.CreateUserAsync(app, "organizacija@example.si", Password, organisation.Key, UserGroups.OrganisationEditors);

        using var own = BackOfficeSession.Create(app);
        await own.SignInOkAsync("organizacija@example.si", Password);
        var rows = CsvTable.Read(Encoding.UTF8.GetString(await DownloadAsync(own, "sl", "csv"))).Skip(1).ToList();

        var expected = app.Snapshot.All.Where(c => c.ContentType.Alias == "service" && app.Snapshot.Ancestors(c).Any(a => a.Key == organisation.Key)).Select(c => c.Key.ToString()).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal([organisation.Key.ToString(), .. expected.Order()], [rows[0][0], .. rows.Skip(1).Select(r => r[0]).Order()]);

        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", Password);
        using var refused = await writer.Client.GetAsync("/umbraco/spreadsheets/export/download?culture=all&format=csv");
        Assert.Equal("/umbraco/access-denied", refused.Headers.Location?.AbsolutePath);
        Assert.DoesNotContain("/umbraco/spreadsheets/export", await writer.GetPageAsync("/umbraco"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_that_looks_like_a_formula_is_exported_with_an_apostrophe_and_reads_back_unchanged()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        const string Formula = "=HYPERLINK(\"http://example.com\",\"klik\")";
        Guid key;
        await using (var db = app.CreateDbContext())
        {
            var node = await db.Nodes.FirstAsync(n => n.ContentTypeAlias == "service" && !n.Trashed);
            var data = ContentData.Deserialize(node.DraftData);
            data.Names["sl-SI"] = Formula;
            data.SetValue("costDetails", "en-US", "+386 7 000");
            node.DraftData = data.Serialize();
            await db.SaveChangesAsync();
            key = node.Key;
        }

        using var editor = await SignInAsync(app, "urednica@example.si", UserGroups.Editors);
        var csv = await DownloadAsync(editor, "all", "csv");
        var text = Encoding.UTF8.GetString(csv);
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.com\"\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"+", text, StringComparison.Ordinal);

        var rows = CsvTable.Read(text);
        var row = rows.Single(r => r[0] == key.ToString());
        Assert.Equal(Formula, row[rows[0].ToList().IndexOf("name.sl")]);

        var xlsx = await DownloadAsync(editor, "all", "xlsx");
        using (var archive = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx)))
        {
            using var reader = new StreamReader(archive.GetEntry("xl/worksheets/sheet1.xml")?.Open() ?? archive.Entries.First(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal)).Open());
            var xml = await reader.ReadToEndAsync();
            Assert.Contains("'=HYPERLINK", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<x:f>", xml, StringComparison.Ordinal);
        }

        using var stream = new MemoryStream(xlsx);
        Assert.Equal(Formula, XlsxTable.Read(stream).Single(r => r[0] == key.ToString())[rows[0].ToList().IndexOf("name.sl")]);
    }

    internal static async Task<BackOfficeSession> SignInAsync(CmsApplication app, string email, string group)
    {
        await BackOfficeSession.CreateUserAsync(app, email, Password, group);
        var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync(email, Password);
        return session;
    }

    internal static async Task<byte[]> DownloadAsync(BackOfficeSession session, string culture, string format)
    {
        using var response = await session.Client.GetAsync($"/umbraco/spreadsheets/export/download?culture={culture}&format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(format == "csv" ? "text/csv" : XlsxTable.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(format, response.Content.Headers.ContentDisposition?.FileName ?? string.Empty, StringComparison.Ordinal);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
