using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace NmZaMe.Cms.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class CmsDatabase
{
    /// <summary>Registers the provider's context as <see cref="CmsDbContext"/> and a factory for work outside requests.</summary>
    public static IServiceCollection AddCmsDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextFactory<SqliteCmsDbContext>(o => o.UseSqlite(connectionString, s => s.CommandTimeout(60)));
                services.AddScoped<CmsDbContext>(sp => sp.GetRequiredService<IDbContextFactory<SqliteCmsDbContext>>().CreateDbContext());
                services.AddSingleton<ICmsDbContextFactory, Factory<SqliteCmsDbContext>>();
                break;
            case DatabaseProvider.Postgres:
                // A failed connection also throws to its caller, which logs it once (the host's 503 handler, a background
                // service's "database unavailable" warning); EF's own Error line for it would repeat on every request.
                // A failed command (with its SQL) or transaction keeps its line at Warning: in an outage only the pooled
                // connections that were open fail that way, and a real bug is also logged at Error by its caller.
                services.AddDbContextFactory<PostgresCmsDbContext>(o => o.UseNpgsql(connectionString)
                    .ConfigureWarnings(w => w.Log(
                        (RelationalEventId.ConnectionError, LogLevel.Debug),
                        (RelationalEventId.CommandError, LogLevel.Warning),
                        (RelationalEventId.TransactionError, LogLevel.Warning))));
                services.AddScoped<CmsDbContext>(sp => sp.GetRequiredService<IDbContextFactory<PostgresCmsDbContext>>().CreateDbContext());
                services.AddSingleton<ICmsDbContextFactory, Factory<PostgresCmsDbContext>>();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }

        return services;
    }

    /// <summary>Applies migrations; on SQLite also switches the file to WAL so readers never wait for the writer.</summary>
    public static async Task MigrateAsync(CmsDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var file = new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource;
            var directory = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    private sealed class Factory<T>(IDbContextFactory<T> inner) : ICmsDbContextFactory
        where T : CmsDbContext
    {
        public CmsDbContext Create() => inner.CreateDbContext();
    }
}

public interface ICmsDbContextFactory
{
    CmsDbContext Create();
}
