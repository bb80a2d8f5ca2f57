namespace NmZaMe.Web.Tests.Postgres;

/// <summary>Finds the newest installed PostgreSQL server binaries (Debian keeps them out of PATH, per major version).</summary>
internal static class PostgresBinaries
{
    public static async Task<string> FindAsync()
    {
        var versioned = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(dir => (Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : -1, Bin: Path.Combine(dir, "bin")))
                .Where(x => x.Version >= 0 && HasServer(x.Bin))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Bin)
                .FirstOrDefault()
            : null;
        if (versioned is not null)
        {
            return versioned;
        }

        if (ProcessRunner.FindOnPath("pg_config") is { } pgConfig)
        {
            var result = await ProcessRunner.RunAsync(pgConfig, ["--bindir"], Path.GetTempPath());
            if (result.Succeeded && HasServer(result.Output))
            {
                return result.Output;
            }
        }

        if (ProcessRunner.FindOnPath("initdb") is { } initdb && HasServer(Path.GetDirectoryName(initdb)!))
        {
            return Path.GetDirectoryName(initdb)!;
        }

        throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin, via pg_config --bindir or on PATH. " +
            "Run tests/run.sh, which installs them (apt-get install postgresql), instead of calling dotnet test directly.");
    }

    private static bool HasServer(string bin) =>
        File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")) && File.Exists(Path.Combine(bin, "postgres"));
}
