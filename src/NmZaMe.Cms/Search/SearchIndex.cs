using Microsoft.Data.Sqlite;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Search;

/// <summary>
/// The local full-text index: one SQLite FTS5 table per culture holding analysed text (stems separated by spaces),
/// plus in memory what ranking, facets and spelling need. Built from the snapshot at start-up and updated after
/// every publish; each node of a cluster keeps its own. A restart on unchanged data reuses the index on disk (stamped with
/// what it was built from) instead of analysing every item again. Queries only ever receive quoted, analysed terms.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteConnection _writer;
    // Bump when what is stored per document changes shape.
    private const int FormatVersion = 2;
    private readonly Lock _writeLock = new();
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    // Words are stored as numbers into the terms table, so a restart reads each distinct word once, not once per document.
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private IndexState _state = IndexState.Empty;

    public SearchIndex(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
        try
        {
            _writer = Open();
        }
        catch (SqliteException)
        {
            // What an earlier run left is only a cache of the snapshot: when it cannot be opened, start afresh.
            SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }

            _writer = Open();
        }
    }
    /// <summary>What is in the index now; replaced as a whole after each change, so readers never see half an update.</summary>
    public IndexState State => Volatile.Read(ref _state);

    /// <summary>
    /// Makes the index match the snapshot: reuses what an earlier run left on disk when it was built from exactly the
    /// same published items, schema and code (see <see cref="Stamp"/>), otherwise analyses every item again.
    /// </summary>
    /// <returns>Whether the index on disk was reused.</returns>
    public bool Rebuild(PublishedSnapshot snapshot, Func<string, SynonymList> synonyms)
    {
        lock (_writeLock)
        {
            var stamp = Stamp(snapshot, synonyms);
            if (stamp is not null && TryLoad(snapshot, stamp) is { } loaded)
            {
                Publish(loaded);
                return true;
            }

            using var transaction = _writer.BeginTransaction();
            DropAll(transaction);
            Execute("CREATE TABLE terms(id INTEGER PRIMARY KEY, text TEXT NOT NULL); CREATE TABLE docs(rowid INTEGER PRIMARY KEY, key BLOB NOT NULL, culture TEXT NOT NULL, type TEXT NOT NULL, name BLOB NOT NULL, keywords BLOB NOT NULL, summary BLOB NOT NULL, body_length INTEGER NOT NULL, folded_name TEXT NOT NULL, folded_summary TEXT NOT NULL, stems BLOB NOT NULL, lower_words BLOB NOT NULL);", transaction);
            _termIds.Clear();
            var tables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var index = 0;
            foreach (var language in snapshot.Schema.Languages)
            {
                var table = $"fts_{index++}";
                tables[language.IsoCode] = table;
                Execute($"CREATE VIRTUAL TABLE {table} USING fts5(name, keywords, summary, body, tokenize = 'unicode61', prefix = '2 3 4', detail = 'column');", transaction);
            }

            var documents = new Dictionary<long, IndexDocument>();
            var rowIds = new Dictionary<(Guid, string), long>();
            long next = 1;
            using var saveDocument = DocumentCommand(transaction);
            using var saveTerm = TermCommand(transaction);
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
                    var compact = document.Compact(Intern);
                    Save(saveDocument, saveTerm, next, compact);
                    documents[next] = compact;
                    rowIds[(document.Key, culture)] = next++;
                }
            }

            WriteMeta(transaction, stamp, tables);
            transaction.Commit();
            Publish(new IndexState(tables, documents, rowIds, Vocabulary.Build(documents.Values), next));
            return false;
        }
    }

    /// <summary>
    /// What the index was built from: the published items and schema (hashes the snapshot keeps), the languages, and the
    /// code that analyses text (this assembly and the one giving synonyms), so a new build never reuses an old index.
    /// Null when the snapshot cannot say (built without its schema's hash, as tests do).
    /// </summary>
    private static string? Stamp(PublishedSnapshot snapshot, Func<string, SynonymList> synonyms) =>
        snapshot.SchemaHash == 0
            ? null
            : string.Join('|', FormatVersion, typeof(SearchIndex).Assembly.ManifestModule.ModuleVersionId, synonyms.Method.Module.ModuleVersionId,
                snapshot.SchemaHash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture),
                snapshot.ContentHash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture),
                string.Join(',', snapshot.Schema.Languages.Select(l => l.IsoCode)));

    private IndexState? TryLoad(PublishedSnapshot snapshot, string stamp)
    {
        try
        {
            var meta = ReadMeta();
            if (meta.GetValueOrDefault("stamp") != stamp || meta.GetValueOrDefault("tables") is not { } tableList)
            {
                return null;
            }

            var tables = tableList.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(t => t.Split('='))
                .ToDictionary(t => t[0], t => t[1], StringComparer.OrdinalIgnoreCase);
            var terms = new List<string>();
            _termIds.Clear();
            using (var command = _writer.CreateCommand())
            {
                command.CommandText = "SELECT id, text FROM terms ORDER BY id";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var id = reader.GetInt32(0);
                    var text = Intern(reader.GetString(1));
                    if (id != terms.Count)
                    {
                        return null;
                    }

                    terms.Add(text);
                    _termIds[text] = id;
                }
            }

            var documents = new Dictionary<long, IndexDocument>();
            var rowIds = new Dictionary<(Guid, string), long>();
            long next = 1;
            using (var command = _writer.CreateCommand())
            {
                command.CommandText = "SELECT rowid, key, culture, type, name, keywords, summary, body_length, folded_name, folded_summary, stems, lower_words FROM docs";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var rowId = reader.GetInt64(0);
                    var key = new Guid((byte[])reader.GetValue(1));
                    var culture = Intern(reader.GetString(2));
                    if (snapshot.Get(key) is not { } content)
                    {
                        return null;
                    }

                    var document = new IndexDocument(key, culture, Intern(reader.GetString(3)), string.Empty, string.Empty, string.Empty, string.Empty,
                        reader.GetString(8), reader.GetString(9), Words(reader, 10, terms), Words(reader, 11, terms))
                    {
                        NameStems = Words(reader, 4, terms),
                        KeywordStems = Words(reader, 5, terms),
                        SummaryStems = Words(reader, 6, terms),
                        BodyLength = reader.GetInt32(7),
                    };
                    documents[rowId] = IndexDocumentBuilder.WithFacets(document, content, culture);
                    rowIds[(key, culture)] = rowId;
                    next = Math.Max(next, rowId + 1);
                }
            }

            return new IndexState(tables, documents, rowIds, Vocabulary.Build(documents.Values), next);
        }
        catch (Exception e) when (e is SqliteException or InvalidCastException or ArgumentException)
        {
            // Unreadable or from an older layout: build afresh.
            return null;
        }
    }

    private static string[] Words(SqliteDataReader reader, int ordinal, List<string> terms)
    {
        var bytes = (byte[])reader.GetValue(ordinal);
        var ids = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(bytes);
        var words = new string[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            words[i] = terms[ids[i]];
        }

        return words;
    }

    private byte[] Ids(string[] words, SqliteCommand insertTerm)
    {
        var ids = new int[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            if (!_termIds.TryGetValue(words[i], out var id))
            {
                id = _termIds.Count;
                _termIds[words[i]] = id;
                insertTerm.Parameters["$id"].Value = id;
                insertTerm.Parameters["$text"].Value = words[i];
                insertTerm.ExecuteNonQuery();
            }

            ids[i] = id;
        }

        return System.Runtime.InteropServices.MemoryMarshal.AsBytes(ids.AsSpan()).ToArray();
    }

    // The by-row tables searches read are laid out here, on the indexing side, so no citizen's search pays for them.
    private void Publish(IndexState state)
    {
        FieldTable.Of(state);
        Facets.Prepare(state);
        Volatile.Write(ref _state, state);
    }

    /// <summary>Re-indexes the given items (added, changed or removed) in every culture.</summary>
    public void Update(PublishedSnapshot snapshot, IReadOnlyCollection<Guid> keys, Func<string, SynonymList> synonyms)
    {
        lock (_writeLock)
        {
            using var deleteDocument = _writer.CreateCommand();
            deleteDocument.CommandText = "DELETE FROM docs WHERE rowid = $id";
            var deleteId = deleteDocument.Parameters.Add("$id", SqliteType.Integer);
            var state = State;
            var documents = new Dictionary<long, IndexDocument>(state.Documents);
            var rowIds = new Dictionary<(Guid, string), long>(state.RowIds);
            var next = state.NextRowId;
            var removed = new List<IndexDocument>();
            var added = new List<IndexDocument>();
            using var transaction = _writer.BeginTransaction();
            deleteDocument.Transaction = transaction;
            using var saveDocument = DocumentCommand(transaction);
            using var saveTerm = TermCommand(transaction);
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
                        deleteId.Value = old;
                        deleteDocument.ExecuteNonQuery();
                        documents.Remove(old, out var gone);
                        removed.Add(gone!);
                    }

                    if (snapshot.Get(key) is { } content && IndexDocumentBuilder.Build(content, snapshot, culture, list, Intern) is { } document)
                    {
                        Insert(insert, next, document);
                        var compact = document.Compact(Intern);
                        Save(saveDocument, saveTerm, next, compact);
                        documents[next] = compact;
                        rowIds[(key, culture)] = next++;
                        added.Add(compact);
                    }
                }
            }

            // The index on disk now holds what this snapshot holds for search, so a restart on the same data reuses it.
            WriteMeta(transaction, Stamp(snapshot, synonyms), state.Tables);
            transaction.Commit();
            Publish(new IndexState(state.Tables, documents, rowIds, state.Vocabulary.With(removed, added), next));
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

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
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
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'meta' AND (sql LIKE 'CREATE VIRTUAL TABLE%' OR name IN ('docs', 'terms'))";
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

    private void WriteMeta(SqliteTransaction transaction, string? stamp, IReadOnlyDictionary<string, string> tables)
    {
        using var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR REPLACE INTO meta(key, value) VALUES ('stamp', $stamp), ('tables', $tables)";
        // Without a stamp the index is never reused: the next start analyses everything again.
        command.Parameters.AddWithValue("$stamp", stamp ?? string.Empty);
        command.Parameters.AddWithValue("$tables", string.Join(';', tables.Select(t => $"{t.Key}={t.Value}")));
        command.ExecuteNonQuery();
    }

    private SqliteCommand TermCommand(SqliteTransaction transaction)
    {
        var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO terms(id, text) VALUES ($id, $text)";
        command.Parameters.Add("$id", SqliteType.Integer);
        command.Parameters.Add("$text", SqliteType.Text);
        command.Prepare();
        return command;
    }

    private SqliteCommand DocumentCommand(SqliteTransaction transaction)
    {
        var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO docs(rowid, key, culture, type, name, keywords, summary, body_length, folded_name, folded_summary, stems, lower_words) VALUES ($id, $key, $culture, $type, $name, $keywords, $summary, $bodyLength, $foldedName, $foldedSummary, $stems, $lowerWords)";
        command.Parameters.Add("$id", SqliteType.Integer);
        command.Parameters.Add("$key", SqliteType.Blob);
        command.Parameters.Add("$bodyLength", SqliteType.Integer);
        foreach (var p in new[] { "$name", "$keywords", "$summary", "$stems", "$lowerWords" })
        {
            command.Parameters.Add(p, SqliteType.Blob);
        }

        foreach (var p in new[] { "$culture", "$type", "$foldedName", "$foldedSummary" })
        {
            command.Parameters.Add(p, SqliteType.Text);
        }

        command.Prepare();
        return command;
    }

    private void Save(SqliteCommand command, SqliteCommand insertTerm, long id, IndexDocument compact)
    {
        command.Parameters["$id"].Value = id;
        command.Parameters["$key"].Value = compact.Key.ToByteArray();
        command.Parameters["$culture"].Value = compact.Culture;
        command.Parameters["$type"].Value = compact.ContentType;
        command.Parameters["$name"].Value = Ids(compact.NameStems, insertTerm);
        command.Parameters["$keywords"].Value = Ids(compact.KeywordStems, insertTerm);
        command.Parameters["$summary"].Value = Ids(compact.SummaryStems, insertTerm);
        command.Parameters["$bodyLength"].Value = compact.BodyLength;
        command.Parameters["$foldedName"].Value = compact.FoldedName;
        command.Parameters["$foldedSummary"].Value = compact.FoldedSummary;
        command.Parameters["$stems"].Value = Ids(compact.Stems, insertTerm);
        command.Parameters["$lowerWords"].Value = Ids(compact.LowerWords, insertTerm);
        command.ExecuteNonQuery();
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
