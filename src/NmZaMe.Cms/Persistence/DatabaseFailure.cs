using Microsoft.Data.Sqlite;
using Npgsql;

namespace NmZaMe.Cms.Persistence;

/// <summary>
/// Tells "the database cannot be reached or is busy right now" from every other failure. Such a write was not committed
/// (the transaction never finished), so the caller can say "nothing was saved, try again" instead of reporting a bug.
/// Anything not recognised here is a bug and stays one.
/// </summary>
public static class DatabaseFailure
{
    // Class 08 (connection exception) is matched by prefix; these are the server saying it is going away or full.
    private static readonly HashSet<string> UnavailableStates =
    [
        PostgresErrorCodes.AdminShutdown, PostgresErrorCodes.CrashShutdown, PostgresErrorCodes.CannotConnectNow,
        PostgresErrorCodes.TooManyConnections,
    ];

    /// <summary>A short reason without personal data ("PostgreSQL 57P01", "PostgreSQL connection: SocketException", "SQLite busy"), or null when the failure is not the database being unavailable.</summary>
    public static string? Unavailable(Exception exception)
    {
        foreach (var e in Chain(exception))
        {
            switch (e)
            {
                case PostgresException postgres:
                    // The server answered: only its "going away / full" states are unavailability, any other is a real error.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || UnavailableStates.Contains(postgres.SqlState)
                        ? "PostgreSQL " + postgres.SqlState
                        : null;
                case NpgsqlException npgsql:
                    // Npgsql marks connection, I/O and timeout failures as transient; a protocol or usage error is not.
                    return npgsql.IsTransient ? "PostgreSQL connection: " + (npgsql.InnerException?.GetType().Name ?? npgsql.GetType().Name) : null;
                case SqliteException sqlite:
                    return (sqlite.SqliteErrorCode & 0xFF) switch
                    {
                        5 => "SQLite busy",
                        6 => "SQLite locked",
                        _ => null,
                    };
            }
        }

        return null;
    }

    // EF wraps the provider's exception (DbUpdateException, the execution strategy's InvalidOperationException).
    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.Flatten().InnerExceptions)
                {
                    foreach (var nested in Chain(inner))
                    {
                        yield return nested;
                    }
                }

                yield break;
            }

            yield return e;
        }
    }
}
