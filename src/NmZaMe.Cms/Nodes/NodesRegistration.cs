using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Nodes;

public static class NodesRegistration
{
    /// <summary>
    /// What lets several nodes share one database: leases for work that runs on one node, and on PostgreSQL the
    /// applier of other nodes' changes from the change log. On SQLite, which serves one node, the log is written and
    /// pruned but nobody else reads it, the leases are always this node's, and a lock file keeps a second node out.
    /// </summary>
    public static IServiceCollection AddNodes(this IServiceCollection services, DatabaseProvider provider, string connectionString, NodesOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleNodeService<ChangeLogPruning>();
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton<NodeLeases>(sp => new PostgresNodeLeases(connectionString, options, sp.GetRequiredService<ILogger<PostgresNodeLeases>>()));
            services.AddSingleton(sp => new ChangeListener(connectionString, sp.GetRequiredService<ILogger<ChangeListener>>()));
            services.AddSingleton<ChangeLogApplier>();
            services.AddHostedService(sp => sp.GetRequiredService<ChangeLogApplier>());
        }
        else
        {
            services.AddSingleton<NodeLeases>(new LocalNodeLeases(options));
            var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
            if (file.Length > 0 && file != ":memory:")
            {
                // A factory, so the container disposes it (and so lets go of the file) when the host stops.
                services.AddSingleton(_ => new SqliteNodeLock(file));
            }
        }

        return services;
    }
}
