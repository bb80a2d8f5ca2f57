using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Sync;

namespace NmZaMe.Web.Tests;

public sealed class USyncImportTests
{
    [Fact]
    public async Task Importing_unchanged_files_again_changes_nothing()
    {
        using var usync = TestUSync.Full();
        using var app = new CmsApplication(usync.Folder);
        await app.StartAsync();
        var importer = app.Services.GetRequiredService<USyncImporter>();
        var before = await Snapshot(app);

        var again = await importer.ImportAsync(usync.Folder);

        Assert.Equal(0, again.SchemaItemsChanged);
        Assert.Equal(0, again.SchemaItemsDeleted);
        Assert.Equal(0, again.ContentItemsImported);
        Assert.Equal(before, await Snapshot(app));
    }

    [Fact]
    public async Task A_changed_file_updates_its_item_and_only_that_item()
    {
        using var usync = TestUSync.Full();
        using var app = new CmsApplication(usync.Folder);
        await app.StartAsync();
        var file = usync.PathOf("DataTypes/Textarea.config");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"maxChars\": 4000", "\"maxChars\": 3000", StringComparison.Ordinal));

        var result = await app.Services.GetRequiredService<USyncImporter>().ImportAsync(usync.Folder);

        Assert.Equal(1, result.SchemaItemsChanged);
        await using var db = app.CreateDbContext();
        var textarea = await db.SchemaItems.SingleAsync(s => s.Alias == "Textarea");
        Assert.Contains("3000", textarea.Definition, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_marker_deletes_the_item()
    {
        using var usync = TestUSync.Full();
        var key = Guid.NewGuid();
        var extra = usync.PathOf("DataTypes/Extra.config");
        File.WriteAllText(extra, $$"""
            <?xml version="1.0" encoding="utf-8"?>
            <DataType Key="{{key}}" Alias="Extra" Level="1">
              <Info><Name>Extra</Name><EditorAlias>Umbraco.TextBox</EditorAlias><EditorUIAlias>Umb.PropertyEditorUi.TextBox</EditorUIAlias></Info>
              <Config><![CDATA[{}]]></Config>
            </DataType>
            """);
        using var app = new CmsApplication(usync.Folder);
        await app.StartAsync();
        await using (var db = app.CreateDbContext())
        {
            Assert.True(await db.SchemaItems.AnyAsync(s => s.Key == key));
        }

        File.WriteAllText(extra, $"""<?xml version="1.0" encoding="utf-8"?><Empty Key="{key}" Alias="Extra" Change="Delete" />""");
        var result = await app.Services.GetRequiredService<USyncImporter>().ImportAsync(usync.Folder);

        Assert.Equal(1, result.SchemaItemsDeleted);
        await using var check = app.CreateDbContext();
        Assert.False(await check.SchemaItems.AnyAsync(s => s.Key == key));
    }

    [Fact]
    public async Task An_invalid_file_stops_the_import_naming_the_file_and_leaves_the_database_as_it_was()
    {
        using var usync = TestUSync.Full();
        using var app = new CmsApplication(usync.Folder);
        await app.StartAsync();
        var before = await Snapshot(app);
        var dataType = usync.PathOf("DataTypes/Textarea.config");
        File.WriteAllText(dataType, File.ReadAllText(dataType).Replace("\"maxChars\": 4000", "\"maxChars\": 10", StringComparison.Ordinal));
        File.WriteAllText(usync.PathOf("DataTypes/Broken.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <DataType Key="5d0b9e53-3b0e-4f51-9c5c-6f2a1b0f6a11" Alias="Broken" Level="1">
              <Info><Name>Broken</Name><EditorAlias>Umbraco.NoSuchEditor</EditorAlias></Info>
              <Config><![CDATA[{}]]></Config>
            </DataType>
            """);
        File.WriteAllText(usync.PathOf("ContentTypes/halfwritten.config"), "<ContentType Key=");

        var error = await Assert.ThrowsAsync<USyncException>(() => app.Services.GetRequiredService<USyncImporter>().ImportAsync(usync.Folder));

        Assert.Contains(error.Errors, e => e.StartsWith("ContentTypes/halfwritten.config: not well-formed XML", StringComparison.Ordinal));
        File.Delete(usync.PathOf("ContentTypes/halfwritten.config"));
        error = await Assert.ThrowsAsync<USyncException>(() => app.Services.GetRequiredService<USyncImporter>().ImportAsync(usync.Folder));
        Assert.Contains(error.Errors, e => e.StartsWith("DataTypes/Broken.config: unknown property editor alias 'Umbraco.NoSuchEditor'", StringComparison.Ordinal));
        Assert.Equal(before, await Snapshot(app));
    }

    [Fact]
    public async Task First_boot_content_with_an_invalid_value_fails_with_file_and_property_and_imports_nothing()
    {
        using var usync = TestUSync.Full();
        var file = Directory.EnumerateFiles(Path.Combine(usync.V17, "Content"))
            .First(f => File.ReadAllText(f).Contains("<ContentType>service</ContentType>", StringComparison.Ordinal) && File.ReadAllText(f).Contains("brezplačno", StringComparison.Ordinal));
        File.WriteAllText(file, File.ReadAllText(file).Replace("brezplačno", "zastonj", StringComparison.Ordinal));
        using var schemaOnly = TestUSync.SchemaOnly();
        using var app = new CmsApplication(schemaOnly.Folder);
        await app.StartAsync();
        await using (var reset = app.CreateDbContext())
        {
            // Pretend this is the first boot again, so the content import runs.
            await reset.KeyValues.Where(k => k.Key == USyncImporter.ContentImportedKey).ExecuteDeleteAsync();
        }

        var error = await Assert.ThrowsAsync<USyncException>(() => app.Services.GetRequiredService<USyncImporter>().ImportAsync(usync.Folder));

        Assert.Contains(error.Errors, e => e.StartsWith("Content/" + Path.GetFileName(file) + ": property 'cost': editor.notAllowedValue(zastonj, ", StringComparison.Ordinal));
        await using var db = app.CreateDbContext();
        Assert.Equal(0, await db.Nodes.CountAsync());
    }

    private static async Task<string> Snapshot(CmsApplication app)
    {
        await using var db = app.CreateDbContext();
        var schema = await db.SchemaItems.OrderBy(s => s.Key).Select(s => s.Key + s.Hash + s.Definition).ToListAsync();
        var nodes = await db.Nodes.OrderBy(n => n.Key).Select(n => n.Key + n.DraftData + n.PublishedData + n.Version).ToListAsync();
        return string.Join('\n', schema.Concat(nodes));
    }
}
