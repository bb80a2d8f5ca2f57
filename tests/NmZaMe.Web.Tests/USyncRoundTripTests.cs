using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Sync;

namespace NmZaMe.Web.Tests;

public sealed class USyncRoundTripTests
{
    [Fact]
    public async Task Exported_content_reimports_to_the_same_state()
    {
        using var first = new CmsApplication();
        await first.StartAsync();
        using var exported = TestUSync.SchemaOnly();
        var count = await first.Services.GetRequiredService<USyncExporter>().ExportContentAsync(exported.Folder);

        using var second = new CmsApplication(exported.Folder);
        await second.StartAsync();
        using var reexported = TestUSync.SchemaOnly();
        await second.Services.GetRequiredService<USyncExporter>().ExportContentAsync(reexported.Folder);

        Assert.True(count >= 190);
        Assert.Equal(await State(first), await State(second));
        var a = Files(Path.Combine(exported.V17, "Content"));
        var b = Files(Path.Combine(reexported.V17, "Content"));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, file => Assert.Equal(file.Value, b[file.Key]));
    }

    [Fact]
    public async Task Block_texts_per_culture_survive_export_and_reimport()
    {
        using var first = new CmsApplication();
        await first.StartAsync();
        var samarijan = Blocks.BlockTexts.Item(first, "organisation", "Društvo Samarijan");
        await Blocks.BlockTexts.SetAsync(first, samarijan.Key, "contacts", 0, "label", "en-US", "Samarijan helpline", ["en-US"]);
        using var exported = TestUSync.SchemaOnly();
        await first.Services.GetRequiredService<USyncExporter>().ExportContentAsync(exported.Folder);

        var file = File.ReadAllText(Path.Combine(exported.V17, "Content", "drustvo-samarijan.config"));
        Assert.Contains("\"culture\":\"sl-SI\",\"segment\":null,\"alias\":\"label\",\"value\":\"Zaupni telefon Samarijan\"", file, StringComparison.Ordinal);
        Assert.Contains("\"culture\":\"en-US\",\"segment\":null,\"alias\":\"label\",\"value\":\"Samarijan helpline\"", file, StringComparison.Ordinal);

        using var second = new CmsApplication(exported.Folder);
        await second.StartAsync();

        Assert.Equal(await State(first), await State(second));
        var block = Blocks.BlockTexts.Block(second.Snapshot.Get(samarijan.Key)!, "contacts");
        Assert.Equal("Samarijan helpline", block.Content.Value("label", "en-US"));
        Assert.Equal("Zaupni telefon Samarijan", block.Content.Value("label", "sl-SI"));
        Assert.Equal("116 123", block.Content.Value("phone", "en-US"));
        Assert.True(block.IsExposedIn("en-US"));
    }

    [Fact]
    public async Task Export_writes_usync_v17_content_files()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var exported = TestUSync.SchemaOnly();

        await app.Services.GetRequiredService<USyncExporter>().ExportContentAsync(exported.Folder);

        var office = File.ReadAllText(Path.Combine(exported.V17, "Content", "pisarna-lokalne-blaginje.config"));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Content Key=", office, StringComparison.Ordinal);
        Assert.Contains("<Name Culture=\"en-US\">", office, StringComparison.Ordinal);
        Assert.Contains("<Published Culture=\"sl-SI\">true</Published>", office, StringComparison.Ordinal);
        Assert.Contains("<Value Culture=\"sl-SI\"><![CDATA[", office, StringComparison.Ordinal);
    }

    [Fact]
    public async Task B14_the_export_zip_keeps_pending_schedules_and_the_media_files_and_reimports_them()
    {
        using var first = new CmsApplication();
        await first.StartAsync();
        var office = first.Snapshot.All.First(c => c.ContentType.Alias == "organisation" && c.Name("sl-SI") == "Pisarna lokalne blaginje");
        var due = DateTime.UtcNow.Date.AddDays(5).AddHours(8);
        (string Id, string Name) file;
        await using (var db = first.CreateDbContext())
        {
            var node = await db.Nodes.SingleAsync(n => n.Key == office.Key);
            db.ContentSchedules.Add(new ContentScheduleRecord { NodeId = node.Id, Culture = "en-US", Action = ScheduleAction.Unpublish, Date = due });
            await db.SaveChangesAsync();
            var store = first.Services.GetRequiredService<NmZaMe.Cms.Media.MediaFileStore>();
            file = (await db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Media).ToListAsync())
                .Select(n => NmZaMe.Cms.Media.MediaItems.StoredFile(ContentData.Deserialize(n.DraftData)))
                .OfType<(string Id, string Name)>()
                .First(f => File.Exists(store.PathOf(f.Id, Path.GetExtension(f.Name).TrimStart('.'))));
        }

        using var zip = new MemoryStream();
        await USyncPackage.WriteZipAsync(first.Services.GetRequiredService<USyncExporter>(), CmsApplication.RepositoryUSync, zip);
        using var unzipped = new TempDirectory();
        zip.Position = 0;
        using (var archive = new ZipArchive(zip))
        {
            Assert.Contains(archive.Entries, e => e.FullName == $"media/{file.Id}/{file.Name}");
            archive.ExtractToDirectory(unzipped.Path);
        }

        var config = Directory.EnumerateFiles(Path.Combine(unzipped.Path, "v17", "Content")).Select(System.Xml.Linq.XDocument.Load)
            .Single(d => (string?)d.Root!.Attribute("Key") == office.Key.ToString());
        var entry = Assert.Single(config.Root!.Element("Info")!.Element("Schedule")!.Elements("ContentSchedule"));
        Assert.Equal("en-US", entry.Element("Culture")?.Value);
        Assert.Equal("Expire", entry.Element("Action")?.Value);
        Assert.Equal($"{due:yyyy-MM-ddTHH:mm:ss}Z", entry.Element("Date")?.Value);

        using var second = new CmsApplication(unzipped.Path);
        await second.StartAsync();
        await using (var db = second.CreateDbContext())
        {
            var node = await db.Nodes.SingleAsync(n => n.Key == office.Key);
            var schedule = await db.ContentSchedules.SingleAsync(s => s.NodeId == node.Id);
            Assert.Equal(("en-US", ScheduleAction.Unpublish, due), (schedule.Culture, schedule.Action, schedule.Date));
        }

        var copied = second.Services.GetRequiredService<NmZaMe.Cms.Media.MediaFileStore>().PathOf(file.Id, Path.GetExtension(file.Name).TrimStart('.'));
        Assert.True(File.Exists(copied), $"{file.Id}/{file.Name} was not imported into the media store.");
    }

    /// <summary>Every node's tree position, names, segments, values and published cultures; dates of the import itself excluded.</summary>
    internal static async Task<string> State(CmsApplication app)
    {
        await using var db = app.CreateDbContext();
        var nodes = await db.Nodes.AsNoTracking().OrderBy(n => n.Key).ToListAsync();
        var keys = nodes.ToDictionary(n => n.Id, n => n.Key);
        return string.Join('\n', nodes.Select(n =>
        {
            var draft = ContentData.Deserialize(n.DraftData);
            var published = n.PublishedData is null ? null : ContentData.Deserialize(n.PublishedData);
            return string.Join('|', n.Key, n.ParentId is { } p ? keys[p] : Guid.Empty, n.Level, n.SortOrder, n.ContentTypeAlias, n.Trashed,
                n.CreateDate.ToString("O"), Describe(draft), published is null ? "-" : Describe(published));
        }));
    }

    private static string Describe(ContentData data) =>
        string.Join(';', data.Names.OrderBy(n => n.Key).Select(n => $"{n.Key}={n.Value}"))
        + "#" + string.Join(';', data.Segments.OrderBy(n => n.Key).Select(n => $"{n.Key}={n.Value}"))
        + "#" + string.Join(';', data.Values.OrderBy(v => v.Key).SelectMany(v => v.Value.OrderBy(c => c.Key).Select(c => $"{v.Key}[{c.Key}]={c.Value}")));

    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder).ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f));
}
