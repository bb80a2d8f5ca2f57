using Microsoft.Data.Sqlite;
using SQLitePCL;
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
    private readonly SearchIndexStore _store;
    private readonly string _codeStamp;
    private readonly Lock _writeLock = new();
    private IndexState _state = IndexState.Empty;

    // What Preload read from disk before the snapshot was there to say whether it is still right.
    private (string Stamp, IndexState State)? _preloaded;
    private bool _disposed;

    /// <param name="version">What shapes the index; <see cref="SearchIndexVersion.Current"/> unless a test says otherwise.</param>
    public SearchIndex(string path, string? version = null)
    {
        _store = new SearchIndexStore(path);
        _codeStamp = (version ?? SearchIndexVersion.Current) + "|";
    }

    /// <summary>What is in the index now; replaced as a whole after each change, so readers never see half an update.</summary>
    public IndexState State => Volatile.Read(ref _state);

    /// <summary>
    /// Reads the index an earlier run left on disk, before the snapshot is loaded, so a start-up reads both at once;
    /// <see cref="Rebuild"/> then only checks that it was built from the same snapshot. Does nothing once built.
    /// </summary>
    /// <returns>Whether an index was read.</returns>
    public bool Preload()
    {
        lock (_writeLock)
        {
            if (!_disposed && !State.Built && _preloaded is null)
            {
                _preloaded = _store.Load(_codeStamp);
            }

            return _preloaded is not null;
        }
    }

    /// <summary>
    /// Makes the index match the snapshot: reuses what an earlier run left on disk when it was built from exactly the
    /// same published items, schema and index version (see <see cref="Stamp"/>), otherwise analyses every item again.
    /// </summary>
    /// <returns>Whether the index on disk was reused.</returns>
    public bool Rebuild(PublishedSnapshot snapshot, Func<string, SynonymList> synonyms)
    {
        lock (_writeLock)
        {
            var stamp = Stamp(snapshot);
            var loaded = _preloaded;
            _preloaded = null;
            if (stamp is not null)
            {
                loaded ??= _store.Load(_codeStamp);
                if (loaded is { } found && found.Stamp == stamp && Covers(found.State, snapshot))
                {
                    Publish(found.State);
                    return true;
                }
            }

            loaded = null;
            var terms = new TermTable();
            var rows = new IndexRows(1024);
            using var batch = _store.Recreate(snapshot.Schema.Languages.Select(l => l.IsoCode), out var tables);
            // Rows, and so term numbers, in the items' key order: the snapshot's own order is a hash table's, which an
            // unrelated item (a lexicon entry) reshuffles, and rows that score alike keep their row order.
            var items = InKeyOrder(snapshot);
            foreach (var language in snapshot.Schema.Languages)
            {
                var culture = language.IsoCode;
                var list = synonyms(culture);
                // Analysing text is independent per item; writing stays on the one connection.
                var built = items.AsParallel().AsOrdered()
                    .Select(content => IndexDocumentBuilder.Build(content, snapshot, culture, list))
                    .OfType<IndexDocument>()
                    .ToList();
                foreach (var document in built)
                {
                    Add(batch, rows, terms, document);
                }
            }

            batch.Commit(stamp);
            Publish(new IndexState(tables, rows, Vocabulary.Build(rows, terms), terms));
            return false;
        }
    }

    /// <summary>The published items ordered by key: an order no other item's coming or going changes.</summary>
    internal static PublishedContent[] InKeyOrder(PublishedSnapshot snapshot)
    {
        var items = snapshot.All.ToArray();
        Array.Sort(items, (a, b) => a.Key.CompareTo(b.Key));
        return items;
    }

    /// <summary>Re-indexes the given items (added, changed or removed) in every culture.</summary>
    public void Update(PublishedSnapshot snapshot, IReadOnlyCollection<Guid> keys, Func<string, SynonymList> synonyms)
    {
        lock (_writeLock)
        {
            var state = State;
            // Terms are only ever added, so the state being searched meanwhile shares the table. Should the transaction
            // fail, the table keeps numbers the file lacks; a restart then finds the file's terms incomplete and rebuilds.
            var terms = state.Terms;
            var rows = state.Rows.CopyFor(keys.Count * Math.Max(1, state.Tables.Count));
            var removed = new List<(string, int[])>();
            var added = new List<(string, int[])>();
            using var batch = _store.Change(state.Tables);
            foreach (var culture in state.Tables.Keys)
            {
                var list = synonyms(culture);
                foreach (var key in keys)
                {
                    if (rows.Find(key, culture) is { } old)
                    {
                        batch.Delete(culture, old);
                        removed.Add((culture, rows.Remove(old)));
                    }

                    if (snapshot.Get(key) is { } content && IndexDocumentBuilder.Build(content, snapshot, culture, list) is { } document)
                    {
                        added.Add((culture, Add(batch, rows, terms, document)));
                    }
                }
            }

            // The index on disk now holds what this snapshot holds for search, so a restart on the same data reuses it.
            batch.Commit(Stamp(snapshot));
            Publish(new IndexState(state.Tables, rows, state.Vocabulary.With(removed, added, terms), terms));
        }
    }

    /// <summary>Row ids of every match, in row order, without ranking: cheap even when thousands match.</summary>
    public List<int> MatchRowIds(IndexState state, string culture, string expression, int limit = int.MaxValue)
    {
        if (!state.Tables.TryGetValue(culture, out var table) || expression.Length == 0)
        {
            return [];
        }

        using var connection = new SqliteConnection(_store.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$q", expression);
        if (limit != int.MaxValue)
        {
            command.CommandText = $"SELECT rowid FROM {table} WHERE {table} MATCH $q LIMIT $limit";
            command.Parameters.AddWithValue("$limit", limit);
            var result = new List<int>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result.Add(reader.GetInt32(0));
            }

            return result;
        }

        // One value for all matches: a broad query's tens of thousands of rows would otherwise cost a few calls into
        // SQLite each, more than FTS5's own work.
        command.CommandText = $"SELECT group_concat(rowid) FROM {table} WHERE {table} MATCH $q";
        return RowIdList.Parse(command.ExecuteScalar() as string);
    }

    /// <summary>
    /// The rows of every match as a bitset over the first <paramref name="size"/> rows (later rows are left out), for
    /// callers that want a set: group_concat's text is read as the UTF-8 bytes SQLite holds and parsed in place, without
    /// the string (half a megabyte for a word in most of a large catalogue) or a list of the ids.
    /// </summary>
    public ulong[] MatchRowBits(IndexState state, string culture, string expression, int size)
    {
        var bits = new ulong[(size + 63) / 64];
        if (!state.Tables.TryGetValue(culture, out var table) || expression.Length == 0)
        {
            return bits;
        }

        using var connection = new SqliteConnection(_store.ConnectionString);
        connection.Open();
        var db = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, $"SELECT group_concat(rowid) FROM {table} WHERE {table} MATCH ?1", out var statement), db);
        using (statement)
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_text(statement, 1, expression), db);
            var rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_ROW)
            {
                RowIdList.Set(raw.sqlite3_column_blob(statement, 0), bits, size);
            }
            else if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }
        }

        return bits;
    }

    /// <summary>The same MATCH without ranking or anything of ours: the baseline the benchmark compares against.</summary>
    public int RawMatchCount(IndexState state, string culture, string expression)
    {
        using var connection = new SqliteConnection(_store.ConnectionString);
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
        lock (_writeLock)
        {
            _disposed = true;
            _preloaded = null;
            _store.Dispose();
        }
    }

    /// <summary>
    /// What the index was built from: the index version (<see cref="SearchIndexVersion"/>; an index of another version
    /// is not even read), the published items and schema (hashes the snapshot keeps; the editable synonym list is
    /// content) and the languages. Not the build: a new build with the same analyzer reuses the index.
    /// Null when the snapshot cannot say (built without its schema's hash, as tests do).
    /// </summary>
    private string? Stamp(PublishedSnapshot snapshot) =>
        snapshot.SchemaHash == 0
            ? null
            : _codeStamp + string.Join('|',
                snapshot.SchemaHash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture),
                snapshot.ContentHash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture),
                string.Join(',', snapshot.Schema.Languages.Select(l => l.IsoCode)));

    /// <summary>Every document on disk is an item of the snapshot (the stamp says so too; this costs a look-up per row).</summary>
    private static bool Covers(IndexState state, PublishedSnapshot snapshot)
    {
        var rows = state.Rows;
        for (var row = 0; row < rows.Next; row++)
        {
            if (rows.Data[row] is not null && snapshot.Get(rows.Keys[row]) is null)
            {
                return false;
            }
        }

        return true;
    }

    private static int[] Add(SearchIndexStore.Batch batch, IndexRows rows, TermTable terms, IndexDocument document)
    {
        var row = rows.Next;
        var data = IndexRow.Encode(document, terms, batch.Term);
        batch.Add(row, document, data);
        rows.Set(row, document.Key, document.Culture, document.ContentType, document.FoldedName, data);
        return data;
    }

    private void Publish(IndexState state) => Volatile.Write(ref _state, state);
}
