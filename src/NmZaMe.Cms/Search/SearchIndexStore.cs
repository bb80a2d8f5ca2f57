using Microsoft.Data.Sqlite;

namespace NmZaMe.Cms.Search;

/// <summary>
/// The search index's SQLite file: an FTS5 table per culture, and what the index keeps in memory so a restart need not
/// analyse every item again: each document's numbers (<see cref="IndexRow"/>, stored as they are in memory), the terms
/// and facet values those numbers stand for, and a stamp of what it was built from.
/// </summary>
internal sealed partial class SearchIndexStore : IDisposable
{
    private readonly SqliteConnection _writer;

    public SearchIndexStore(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
        try
        {
            _writer = Open();
        }
        catch (SqliteException)
        {
            // What an earlier run left is only a cache of the snapshot: when it cannot be opened, start afresh.
            SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }

            _writer = Open();
        }
    }

    public string ConnectionString { get; }

    /// <summary>Drops whatever an earlier build left and starts a new index with an FTS5 table per culture.</summary>
    public Batch Recreate(IEnumerable<string> cultures, out Dictionary<string, string> tables)
    {
        var transaction = _writer.BeginTransaction();
        try
        {
            DropAll(transaction);
            Execute("CREATE TABLE terms(id INTEGER PRIMARY KEY, text TEXT NOT NULL); CREATE TABLE facets(id INTEGER PRIMARY KEY, facet TEXT NOT NULL, value TEXT NOT NULL); CREATE TABLE docs(rowid INTEGER PRIMARY KEY, key BLOB NOT NULL, culture TEXT NOT NULL, type TEXT NOT NULL, folded_name TEXT NOT NULL, data BLOB NOT NULL);", transaction);
            tables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var culture in cultures)
            {
                var table = $"fts_{tables.Count}";
                tables[culture] = table;
                Execute($"CREATE VIRTUAL TABLE {table} USING fts5(name, keywords, summary, body, tokenize = 'unicode61', prefix = '2 3 4', detail = 'column');", transaction);
            }

            return new Batch(this, transaction, tables);
        }
        catch
        {
            transaction.Dispose();
            throw;
        }
    }

    /// <summary>Changes to the current index, written together when committed.</summary>
    public Batch Change(IReadOnlyDictionary<string, string> tables) => new(this, _writer.BeginTransaction(), tables);

    public void Dispose()
    {
        _writer.Dispose();
        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Drops every table an earlier build left (other languages, older layouts); the meta table is rewritten.</summary>
    private void DropAll(SqliteTransaction transaction)
    {
        var tables = new List<string>();
        using (var command = _writer.CreateCommand())
        {
            command.Transaction = transaction;
            // FTS5's shadow tables go with their virtual table.
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'meta' AND (sql LIKE 'CREATE VIRTUAL TABLE%' OR name IN ('docs', 'terms', 'facets'))";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            Execute($"DROP TABLE IF EXISTS \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\";", transaction);
        }

        Execute("DELETE FROM meta;", transaction);
    }

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepared(SqliteTransaction transaction, string sql, params (string Name, SqliteType Type)[] parameters)
    {
        var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            command.Parameters.Add(name, type);
        }

        command.Prepare();
        return command;
    }
}
