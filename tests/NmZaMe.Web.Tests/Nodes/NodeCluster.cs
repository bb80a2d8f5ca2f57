using NmZaMe.Web.Tests.Postgres;

namespace NmZaMe.Web.Tests.Nodes;

/// <summary>
/// Several application instances on one PostgreSQL database, each with a data directory of its own (search index,
/// logs), as several nodes behind a load balancer. Lease and poll intervals are short so hand-overs happen within a test.
/// </summary>
internal sealed class NodeCluster : IDisposable
{
    private readonly List<CmsApplication> _nodes = [];

    private NodeCluster(Dictionary<string, string?> settings)
    {
        Settings = settings;
    }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public static async Task<NodeCluster> CreateAsync(IDictionary<string, string?>? settings = null)
    {
        var server = await PostgresServer.GetAsync();
        var all = new Dictionary<string, string?>
        {
            ["NmZaMe:Database:Provider"] = Databases.Postgres,
            ["ConnectionStrings:Cms"] = await server.CreateDatabaseAsync(),
            ["NmZaMe:Nodes:LeaseRetrySeconds"] = "0.2",
            ["NmZaMe:Nodes:LeaseCheckSeconds"] = "0.2",
            ["NmZaMe:Nodes:PollSeconds"] = "0.5",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new NodeCluster(all);
    }

    /// <summary>A new node on the cluster's database, not started yet; a data directory passed in outlives it (a restart).</summary>
    /// <param name="services">Registrations of this node only (a clock of its own).</param>
    public CmsApplication Node(string? dataDirectory = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var node = new CmsApplication(settings: new Dictionary<string, string?>(Settings), dataDirectory: dataDirectory, services: services);
        _nodes.Add(node);
        return node;
    }

    /// <summary>Two started nodes.</summary>
    public async Task<(CmsApplication A, CmsApplication B)> StartTwoAsync()
    {
        var a = Node();
        await a.StartAsync();
        var b = Node();
        await b.StartAsync();
        return (a, b);
    }

    public void Dispose()
    {
        foreach (var node in _nodes)
        {
            node.Dispose();
        }
    }
}

/// <summary>Waits for a condition the system reaches by itself (another node applying a change), with a generous limit.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, double seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not within {seconds} s: {what}");
            }

            await Task.Delay(25);
        }
    }

    public static Task TrueAsync(Func<bool> condition, string what, double seconds = 30) =>
        TrueAsync(() => Task.FromResult(condition()), what, seconds);
}
