using NmZaMe.Web.Tests.Postgres;

namespace NmZaMe.Web.Tests;

/// <summary>The database providers every provider-sensitive behaviour is proven on, each with a fresh database per application.</summary>
public static class Databases
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static TheoryData<string> Providers => new() { Sqlite, Postgres };

    /// <summary>
    /// An application on a fresh database of <paramref name="provider"/>: a new SQLite file in its data directory, or a
    /// new database on the test process's PostgreSQL server. Pass a <paramref name="dataDirectory"/> to keep the SQLite
    /// file (and logs) after the application is disposed.
    /// </summary>
    public static async Task<CmsApplication> CreateAsync(string provider, string? uSyncFolder = null, IDictionary<string, string?>? settings = null,
        string? dataDirectory = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        switch (provider)
        {
            case Sqlite:
                all["NmZaMe:Database:Provider"] = Sqlite;
                break;
            case Postgres:
                var server = await PostgresServer.GetAsync();
                all["NmZaMe:Database:Provider"] = Postgres;
                all["ConnectionStrings:Cms"] = await server.CreateDatabaseAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, $"Expected {Sqlite} or {Postgres}.");
        }

        return new CmsApplication(uSyncFolder, all, dataDirectory);
    }
}
