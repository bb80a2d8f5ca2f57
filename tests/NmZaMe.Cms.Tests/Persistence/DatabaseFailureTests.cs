using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using Npgsql;

namespace NmZaMe.Cms.Tests.Persistence;

/// <summary>Only "the database cannot be reached or is busy" is answered 503; a real error must stay a 500.</summary>
public sealed class DatabaseFailureTests
{
    public static TheoryData<string, Exception> Unavailable => new()
    {
        { "PostgreSQL 57P01", Postgres(PostgresErrorCodes.AdminShutdown) },
        { "PostgreSQL 57P03", Postgres(PostgresErrorCodes.CannotConnectNow) },
        { "PostgreSQL 08006", Postgres(PostgresErrorCodes.ConnectionFailure) },
        { "PostgreSQL 53300", Postgres(PostgresErrorCodes.TooManyConnections) },
        { "PostgreSQL connection: SocketException", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)) },
        { "PostgreSQL connection: EndOfStreamException", new NpgsqlException("Exception while reading from stream", new EndOfStreamException()) },
        { "PostgreSQL connection: TimeoutException", new NpgsqlException("The connection pool has been exhausted", new TimeoutException()) },
        // EF's wrappers: SaveChanges and the execution strategy.
        { "PostgreSQL 57P01", new DbUpdateException("An error occurred while saving", Postgres(PostgresErrorCodes.AdminShutdown)) },
        { "PostgreSQL connection: SocketException", new InvalidOperationException("transient failure", new NpgsqlException("x", new SocketException())) },
        { "PostgreSQL 57P01", new AggregateException(new InvalidOperationException("x", Postgres(PostgresErrorCodes.AdminShutdown))) },
        { "SQLite busy", new SqliteException("database is locked", 5) },
        { "SQLite locked", new SqliteException("database table is locked", 6) },
        { "SQLite busy", new DbUpdateException("x", new SqliteException("database is locked", 5 | (2 << 8))) },
    };

    public static TheoryData<Exception> Bugs => new()
    {
        Postgres(PostgresErrorCodes.UniqueViolation),
        Postgres(PostgresErrorCodes.SyntaxError),
        Postgres(PostgresErrorCodes.SerializationFailure),
        new DbUpdateException("x", Postgres(PostgresErrorCodes.ForeignKeyViolation)),
        new NpgsqlException("Received unexpected backend message"),
        new SqliteException("UNIQUE constraint failed", 19),
        new SqliteException("no such table", 1),
        new InvalidOperationException("Sequence contains no elements"),
        new SocketException((int)SocketError.ConnectionRefused),
        new TimeoutException(),
        new NullReferenceException(),
    };

    [Theory]
    [MemberData(nameof(Unavailable))]
    public void The_database_being_down_or_busy_is_recognised_with_a_reason(string reason, Exception exception) =>
        Assert.Equal(reason, DatabaseFailure.Unavailable(exception));

    [Theory]
    [MemberData(nameof(Bugs))]
    public void Every_other_failure_stays_a_bug(Exception exception) =>
        Assert.Null(DatabaseFailure.Unavailable(exception));

    private static PostgresException Postgres(string sqlState) => new("message", "FATAL", "FATAL", sqlState);
}
