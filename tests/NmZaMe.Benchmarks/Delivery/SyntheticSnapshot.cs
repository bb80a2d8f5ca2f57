using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NmZaMe.Benchmarks.Generate;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Sync;

namespace NmZaMe.Benchmarks.Delivery;

/// <summary>
/// A published snapshot built the way the app builds it (uSync import into SQLite, then a snapshot load), from a
/// generated catalogue in a temp folder, or from NMZAME_BENCH_USYNC when set. NMZAME_BENCH_SERVICES sets the size.
/// </summary>
public sealed class SyntheticSnapshot : IAsyncDisposable
{
    private readonly string _directory;
    private readonly ServiceProvider _services;

    private SyntheticSnapshot(string directory, ServiceProvider services, PublishedSnapshot snapshot)
    {
        _directory = directory;
        _services = services;
        Snapshot = snapshot;
    }

    public PublishedSnapshot Snapshot { get; }

    /// <summary>
    /// Writes the imported database to <paramref name="path"/> (VACUUM INTO, so one file), for later runs to load with
    /// <c>--db</c> instead of importing again: a 100,000-service import takes minutes.
    /// </summary>
    public void SaveDatabase(string path)
    {
        File.Delete(path);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "bench.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $path";
        command.Parameters.AddWithValue("$path", Path.GetFullPath(path));
        command.ExecuteNonQuery();
    }

    public static async Task<SyntheticSnapshot> CreateAsync(int defaultServices)
    {
        var directory = Directory.CreateTempSubdirectory("nmzame-bdn-").FullName;
        var folder = Environment.GetEnvironmentVariable("NMZAME_BENCH_USYNC");
        if (string.IsNullOrEmpty(folder))
        {
            var schema = GenerateCommand.FindRepositoryUSync() ?? throw new InvalidOperationException("Run from the repository: uSync/v17 was not found.");
            var services = int.TryParse(Environment.GetEnvironmentVariable("NMZAME_BENCH_SERVICES"), CultureInfo.InvariantCulture, out var n) ? n : defaultServices;
            folder = Path.Combine(directory, "uSync");
            GenerateCommand.WriteCatalogue(schema, folder, services, seed: 17);
        }

        var provider = new ServiceCollection()
            .AddCmsDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "bench.db")};Pooling=True")
            .BuildServiceProvider();
        var factory = provider.GetRequiredService<ICmsDbContextFactory>();
        await using (var db = factory.Create())
        {
            await CmsDatabase.MigrateAsync(db);
        }

        await new USyncImporter(factory, PropertyEditorCollection.Default, new ChangeLog(factory, TimeProvider.System), new NmZaMe.Cms.Media.MediaFileStore(Path.Combine(directory, "media")), NullLogger<USyncImporter>.Instance).ImportAsync(folder);
        var snapshots = new PublishedSnapshotService(factory, PropertyEditorCollection.Default, NullLogger<PublishedSnapshotService>.Instance);
        await snapshots.LoadAsync();
        return new SyntheticSnapshot(directory, provider, snapshots.Current);
    }

    /// <summary>The snapshot of a database a server already imported (read only), skipping the import.</summary>
    public static async Task<SyntheticSnapshot> FromDatabaseAsync(string path)
    {
        var directory = Directory.CreateTempSubdirectory("nmzame-bdn-").FullName;
        var provider = new ServiceCollection()
            .AddCmsDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.GetFullPath(path)};Mode=ReadOnly;Pooling=True")
            .BuildServiceProvider();
        var snapshots = new PublishedSnapshotService(provider.GetRequiredService<ICmsDbContextFactory>(), PropertyEditorCollection.Default, NullLogger<PublishedSnapshotService>.Instance);
        await snapshots.LoadAsync();
        return new SyntheticSnapshot(directory, provider, snapshots.Current);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
