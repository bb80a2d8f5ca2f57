using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Nodes;

public static class NodesRegistration
{
    /// <summary>
    /// What lets several nodes share one database: leases for work that runs on one node. On SQLite, which serves one
    /// node, the leases are always this node's and a lock file keeps a second node out.
    /// </summary>
    public static IServiceCollection AddNodes(this IServiceCollection services, DatabaseProvider provider, string connectionString, NodesOptions options)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton<NodeLeases>(sp => new PostgresNodeLeases(connectionString, options, sp.GetRequiredService<ILogger<PostgresNodeLeases>>()));
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
