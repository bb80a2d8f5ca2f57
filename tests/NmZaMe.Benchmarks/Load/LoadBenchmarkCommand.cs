using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Benchmarks.Load;

/// <summary>
/// Where a snapshot load's CPU goes, on a database a server already imported (its data directory's nmzame.db), one
/// thread at a time so the figures are CPU time: the stages of a load (reading the rows' UTF-8 data, parsing it,
/// building items with their hash), what converting values on first read costs per property editor, then the real
/// parallel load and its memory.
///   load --db PATH
/// </summary>
public static class LoadBenchmarkCommand
{
    public static async Task<int> Run(string[] args)
    {
        var path = Arg(args, "--db") ?? throw new ArgumentException("--db PATH is required");
        await using var provider = new ServiceCollection()
            .AddCmsDatabase(DatabaseProvider.Sqlite, $"Data Source={path};Mode=ReadOnly;Pooling=True")
            .BuildServiceProvider();
        var factory = provider.GetRequiredService<ICmsDbContextFactory>();

        var cpu = Cpu();
        var raw = new List<(string Type, byte[] Utf8)>();
        await using (var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT ContentTypeAlias, CAST(PublishedData AS BLOB) FROM cmsNode WHERE Trashed = 0 AND PublishedData IS NOT NULL";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                raw.Add((reader.GetString(0), reader.GetFieldValue<byte[]>(1)));
            }
        }

        Report("read rows as UTF-8", ref cpu, raw.Count);
        ContentSchema loadSchema;
        await using (var db = factory.Create())
        {
            loadSchema = await SchemaStore.LoadAsync(db, PropertyEditorCollection.Default);
        }

        cpu = Cpu();
        var scratch = new byte[1 << 20];
        foreach (var (type, utf8) in raw)
        {
            if (loadSchema.GetContentType(type) is { } contentType && utf8.Length <= scratch.Length)
            {
                StoredData.Read(utf8, PropertyMap.PositionsOf(PublishedPropertyType.Of(contentType, loadSchema)), scratch, 0);
            }
        }

        Report("StoredData.Read", ref cpu, raw.Count);
        cpu = Cpu();
        var id = 0;
        using (var arena = new ValueArena())
        {
            foreach (var (type, utf8) in raw)
            {
                PublishedContentFactory.Create(new PublishedSource(++id, Guid.NewGuid(), null, 2, id, type, DateTime.UtcNow, DateTime.UtcNow, string.Empty) { Utf8Data = utf8 }, loadSchema, arena);
            }
        }

        Report("PublishedContentFactory.Create (read, hash, values)", ref cpu, raw.Count);
        raw = null;
        List<(string Type, string Data)> rows;
        ContentSchema schema;
        await using (var db = factory.Create())
        {
            schema = await SchemaStore.LoadAsync(db, PropertyEditorCollection.Default);
            rows = (await db.Nodes.AsNoTracking().Where(n => !n.Trashed && n.PublishedData != null)
                .Select(n => new { n.ContentTypeAlias, n.PublishedData }).ToListAsync()).Select(r => (r.ContentTypeAlias, r.PublishedData!)).ToList();
        }

        Report("read rows", ref cpu, rows.Count);
        var data = rows.Select(r => (r.Type, Data: ContentData.Deserialize(r.Data))).ToList();
        Report("ContentData.Deserialize", ref cpu, rows.Count);

        var byEditor = new Dictionary<string, (TimeSpan Time, int Calls)>();
        var context = new EditorContext(schema);
        foreach (var (alias, content) in data)
        {
            if (schema.GetContentType(alias) is not { } type)
            {
                continue;
            }

            foreach (var property in schema.PropertiesOf(type))
            {
                var editor = schema.EditorOf(property);
                var dataType = schema.DataTypeOf(property);
                foreach (var culture in content.Names.Keys)
                {
                    var stored = content.Value(property.Alias, property.VariesByCulture ? culture : string.Empty);
                    var t0 = Stopwatch.GetTimestamp();
                    editor.ToIntermediate(stored, dataType, context);
                    var (time, calls) = byEditor.GetValueOrDefault(editor.Alias);
                    byEditor[editor.Alias] = (time + Stopwatch.GetElapsedTime(t0), calls + 1);
                    if (!property.VariesByCulture)
                    {
                        break;
                    }
                }
            }
        }

        Report("ToIntermediate (all editors)", ref cpu, rows.Count);
        foreach (var (alias, (time, calls)) in byEditor.OrderByDescending(e => e.Value.Time))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {alias,-40} {time.TotalMilliseconds,8:0} ms wall  {calls,8} calls"));
        }

        data = null;
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var snapshots = new PublishedSnapshotService(factory, PropertyEditorCollection.Default, NullLogger<PublishedSnapshotService>.Instance);
        await snapshots.LoadAsync();
        Report("PublishedSnapshotService.LoadAsync (parallel)", ref cpu, snapshots.Current.Content.Count);
        GC.Collect();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"snapshot managed memory {(GC.GetTotalMemory(true) - before) / 1048576.0:0} MB, process RSS {Environment.WorkingSet / 1048576.0:0} MB"));
        GC.KeepAlive(rows);
        SqliteConnection.ClearAllPools();
        return 0;
    }

    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

    private static void Report(string what, ref TimeSpan cpu, int count)
    {
        var now = Cpu();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-48} {(now - cpu).TotalMilliseconds,8:0} ms CPU  ({count} items)"));
        cpu = now;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
