using Microsoft.Data.Sqlite;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Search;

/// <summary>
/// The local full-text index: one SQLite FTS5 table per culture holding analysed text (stems separated by spaces),
/// plus in memory what ranking, facets and spelling need. Rebuilt from the snapshot at start-up and updated after
/// every publish; each node of a cluster keeps its own. Queries only ever receive quoted, analysed terms.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteConnection _writer;
    private readonly Lock _writeLock = new();
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private IndexState _state = IndexState.Empty;

    public SearchIndex(string path)
    {
        // The index is rebuilt from the snapshot at every start, so whatever an earlier run left is discarded.
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }

        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
        _writer = new SqliteConnection(_connectionString);
        _writer.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
    }

    /// <summary>What is in the index now; replaced as a whole after each change, so readers never see half an update.</summary>
    public IndexState State => Volatile.Read(ref _state);

    public void Rebuild(PublishedSnapshot snapshot, Func<string, SynonymList> synonyms)
    {
        lock (_writeLock)
        {
            using var transaction = _writer.BeginTransaction();
            var tables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var index = 0;
            foreach (var language in snapshot.Schema.Languages)
            {
                var table = $"fts_{index++}";
                tables[language.IsoCode] = table;
                Execute($"DROP TABLE IF EXISTS {table}; CREATE VIRTUAL TABLE {table} USING fts5(name, keywords, summary, body, tokenize = 'unicode61', prefix = '2 3 4', detail = 'column');", transaction);
            }

            var documents = new Dictionary<long, IndexDocument>();
            var rowIds = new Dictionary<(Guid, string), long>();
            long next = 1;
            foreach (var language in snapshot.Schema.Languages)
            {
                var culture = language.IsoCode;
                var list = synonyms(culture);
                using var insert = InsertCommand(tables[culture], transaction);
                // Analysing text is independent per item; inserting stays on the one writer connection.
                var built = snapshot.All.AsParallel().AsOrdered()
                    .Select(content => IndexDocumentBuilder.Build(content, snapshot, culture, list, Intern))
                    .OfType<IndexDocument>()
                    .ToList();
                foreach (var document in built)
                {
                    Insert(insert, next, document);
                    documents[next] = document.Compact(Intern);
                    rowIds[(document.Key, culture)] = next++;
                }
            }

            transaction.Commit();
            Volatile.Write(ref _state, new IndexState(tables, documents, rowIds, Vocabulary.Build(documents.Values), next));
        }
    }

    /// <summary>Re-indexes the given items (added, changed or removed) in every culture.</summary>
    public void Update(PublishedSnapshot snapshot, IReadOnlyCollection<Guid> keys, Func<string, SynonymList> synonyms)
    {
        lock (_writeLock)
        {
            var state = State;
            var documents = new Dictionary<long, IndexDocument>(state.Documents);
            var rowIds = new Dictionary<(Guid, string), long>(state.RowIds);
            var next = state.NextRowId;
            var removed = new List<IndexDocument>();
            var added = new List<IndexDocument>();
            using var transaction = _writer.BeginTransaction();
            foreach (var (culture, table) in state.Tables)
            {
                using var delete = _writer.CreateCommand();
                delete.Transaction = transaction;
                delete.CommandText = $"DELETE FROM {table} WHERE rowid = $id";
                var id = delete.Parameters.Add("$id", SqliteType.Integer);
                using var insert = InsertCommand(table, transaction);
                var list = synonyms(culture);
                foreach (var key in keys)
                {
                    if (rowIds.Remove((key, culture), out var old))
                    {
                        id.Value = old;
                        delete.ExecuteNonQuery();
                        documents.Remove(old, out var gone);
                        removed.Add(gone!);
                    }

                    if (snapshot.Get(key) is { } content && IndexDocumentBuilder.Build(content, snapshot, culture, list, Intern) is { } document)
                    {
                        Insert(insert, next, document);
                        var compact = document.Compact(Intern);
                        documents[next] = compact;
                        rowIds[(key, culture)] = next++;
                        added.Add(compact);
                    }
                }
            }

            transaction.Commit();
            Volatile.Write(ref _state, new IndexState(state.Tables, documents, rowIds, state.Vocabulary.With(removed, added), next));
        }
    }

    /// <summary>Row ids of every match, without ranking: cheap even when thousands match.</summary>
    public List<long> MatchRowIds(IndexState state, string culture, string expression, int limit = int.MaxValue)
    {
        var result = new List<long>();
        if (!state.Tables.TryGetValue(culture, out var table) || expression.Length == 0)
        {
            return result;
        }

        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid FROM {table} WHERE {table} MATCH $q LIMIT $limit";
        command.Parameters.AddWithValue("$q", expression);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(reader.GetInt64(0));
        }

        return result;
    }

    /// <summary>The same MATCH without ranking or anything of ours: the baseline the benchmark compares against.</summary>
    public int RawMatchCount(IndexState state, string culture, string expression)
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, bm25({state.Tables[culture]}) FROM {state.Tables[culture]} WHERE {state.Tables[culture]} MATCH $q ORDER BY 2 LIMIT 10";
        command.Parameters.AddWithValue("$q", expression);
        using var reader = command.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            count++;
        }

        return count;
    }

    public void Dispose()
    {
        _writer.Dispose();
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
    }

    private string Intern(string s)
    {
        lock (_strings)
        {
            if (_strings.TryGetValue(s, out var existing))
            {
                return existing;
            }

            _strings[s] = s;
            return s;
        }
    }

    private SqliteCommand InsertCommand(string table, SqliteTransaction transaction)
    {
        var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table}(rowid, name, keywords, summary, body) VALUES ($id, $name, $keywords, $summary, $body)";
        foreach (var p in new[] { "$id", "$name", "$keywords", "$summary", "$body" })
        {
            command.Parameters.Add(p, p == "$id" ? SqliteType.Integer : SqliteType.Text);
        }

        command.Prepare();
        return command;
    }

    private static void Insert(SqliteCommand command, long id, IndexDocument document)
    {
        command.Parameters["$id"].Value = id;
        command.Parameters["$name"].Value = document.Name;
        command.Parameters["$keywords"].Value = document.Keywords;
        command.Parameters["$summary"].Value = document.Summary;
        command.Parameters["$body"].Value = document.Body;
        command.ExecuteNonQuery();
    }

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>An immutable view of the index: FTS5 table per culture, documents by row id, and the vocabulary.</summary>
public sealed record IndexState(
    IReadOnlyDictionary<string, string> Tables,
    IReadOnlyDictionary<long, IndexDocument> Documents,
    IReadOnlyDictionary<(Guid, string), long> RowIds,
    Vocabulary Vocabulary,
    long NextRowId,
    bool Built = true)
{
    public static readonly IndexState Empty = new(new Dictionary<string, string>(), new Dictionary<long, IndexDocument>(), new Dictionary<(Guid, string), long>(), Vocabulary.Empty, 1, Built: false);
}
