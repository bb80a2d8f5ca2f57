using System.Runtime.InteropServices;
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

    /// <summary>
    /// The index on disk with the stamp it was written with, or null when there is none, it was written by other code
    /// (its stamp does not start with <paramref name="stampPrefix"/>) or it cannot be read.
    /// </summary>
    public (string Stamp, IndexState State)? Load(string stampPrefix)
    {
        try
        {
            var meta = ReadMeta();
            if (meta.GetValueOrDefault("stamp") is not { } stamp || !stamp.StartsWith(stampPrefix, StringComparison.Ordinal)
                || meta.GetValueOrDefault("tables") is not { } tableList)
            {
                return null;
            }

            var tables = tableList.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(t => t.Split('='))
                .ToDictionary(t => t[0], t => t[1], StringComparer.OrdinalIgnoreCase);
            var terms = ReadTerms();
            var facets = ReadFacets();
            var rows = terms is null || facets is null ? null : ReadRows(tables, terms.Count, facets);
            return rows is null ? null : (stamp, new IndexState(tables, rows, Vocabulary.Build(rows, terms!), terms!));
        }
        catch (Exception e) when (e is SqliteException or InvalidCastException or ArgumentException or FormatException or InvalidOperationException)
        {
            // Unreadable or from an older layout: the caller builds afresh.
            return null;
        }
    }

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

    private TermTable? ReadTerms()
    {
        var texts = new List<string>();
        using var command = _writer.CreateCommand();
        command.CommandText = "SELECT id, text FROM terms ORDER BY id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (reader.GetInt32(0) != texts.Count)
            {
                return null;
            }

            texts.Add(reader.GetString(1));
        }

        return new TermTable(texts);
    }

    /// <summary>This process's number of each facet value numbered on disk (see <see cref="Facets"/>).</summary>
    private int[]? ReadFacets()
    {
        var ids = new List<int>();
        using var command = _writer.CreateCommand();
        command.CommandText = "SELECT id, facet, value FROM facets ORDER BY id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (reader.GetInt32(0) != ids.Count)
            {
                return null;
            }

            ids.Add(Facets.Register(reader.GetString(1), reader.GetString(2)));
        }

        return ids.ToArray();
    }

    private IndexRows? ReadRows(Dictionary<string, string> tables, int termCount, int[] facets)
    {
        int capacity;
        using (var count = _writer.CreateCommand())
        {
            count.CommandText = "SELECT coalesce(max(rowid), 0) + 1 FROM docs";
            capacity = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        var rows = new IndexRows(capacity);
        var strings = tables.Keys.ToDictionary(c => c, c => c, StringComparer.Ordinal);
        var buffer = new byte[4096];
        using var command = _writer.CreateCommand();
        command.CommandText = "SELECT rowid, key, culture, type, folded_name, data FROM docs ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var key = new byte[16];
        while (reader.Read())
        {
            var length = (int)reader.GetBytes(5, 0, null, 0, 0);
            if (length % sizeof(int) != 0 || reader.GetBytes(1, 0, null, 0, 0) != 16)
            {
                return null;
            }

            if (length > buffer.Length)
            {
                buffer = new byte[Math.Max(length, buffer.Length * 2)];
            }

            reader.GetBytes(5, 0, buffer, 0, length);
            var data = MemoryMarshal.Cast<byte, int>(buffer.AsSpan(0, length)).ToArray();
            if (!IndexRow.IsValid(data) || !Remap(data, termCount, facets))
            {
                return null;
            }

            var row = reader.GetInt64(0);
            var culture = Intern(strings, reader.GetString(2));
            if (!tables.ContainsKey(culture) || row is < 1 or >= int.MaxValue)
            {
                return null;
            }

            reader.GetBytes(1, 0, key, 0, key.Length);
            rows.Set((int)row, new Guid(key), culture, Intern(strings, reader.GetString(3)), reader.GetString(4), data);
        }

        return rows;
    }

    /// <summary>Checks every term number and turns facet numbers into this process's; false when any is out of range.</summary>
    private static bool Remap(int[] data, int termCount, int[] facets)
    {
        var facetIds = IndexRow.Facets(data);
        for (var i = 0; i < facetIds.Length; i++)
        {
            if ((uint)facetIds[i] >= (uint)facets.Length)
            {
                return false;
            }

            facetIds[i] = facets[facetIds[i]];
        }

        foreach (var id in data.AsSpan(IndexRow.Header + facetIds.Length))
        {
            if ((uint)id >= (uint)termCount)
            {
                return false;
            }
        }

        return true;
    }

    private static string Intern(Dictionary<string, string> strings, string s)
    {
        if (strings.TryGetValue(s, out var existing))
        {
            return existing;
        }

        strings[s] = s;
        return s;
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

    private Dictionary<string, string> ReadMeta()
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = _writer.CreateCommand();
        command.CommandText = "SELECT key, value FROM meta";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            meta[reader.GetString(0)] = reader.GetString(1);
        }

        return meta;
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
