using Microsoft.Data.Sqlite;

namespace NmZaMe.Cms.Search.Internal;

/// <summary>
/// The back office's own index, as Umbraco keeps an InternalIndex beside the ExternalIndex: every document (drafts,
/// unpublished items, the recycle bin) and every media item, by name and text, analysed as the public index is
/// (diacritic folding, stemming), in an FTS5 file of its own that citizens' searches never read. It answers keys only:
/// the back office reads the found items from the database, which decides scope (start nodes) and state (trashed), so
/// the index never needs to know who may see what.
/// </summary>
public sealed class InternalIndex : IDisposable
{
    /// <summary>Rows without a culture (invariant documents, media) are analysed as Slovenian, the default language.</summary>
    private const string InvariantAnalyzer = "sl-SI";

    private readonly SqliteConnection _connection;

    // One connection for the back office's few searches and the pipeline's updates: SQLite serialises them anyway.
    private readonly Lock _lock = new();
    private string[] _cultures = [];

    public InternalIndex(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute("CREATE VIRTUAL TABLE IF NOT EXISTS item USING fts5(key UNINDEXED, culture UNINDEXED, name, body)");
    }

    /// <summary>Whether a full build has run since the start: until then the pipeline rebuilds instead of updating.</summary>
    public bool Built { get; private set; }

    public int Count { get; private set; }

    /// <summary>The latest update time of the items read so far: a search first re-reads what the database changed since.</summary>
    public DateTime Watermark { get; private set; }

    /// <summary>Replaces the whole index (at start-up, or when the snapshot is reloaded).</summary>
    public void Rebuild(IEnumerable<InternalDocument> documents, DateTime watermark)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            Execute("DELETE FROM item", transaction);
            var count = Insert(documents, transaction);
            transaction.Commit();
            Count = count;
            Built = true;
            Watermark = watermark;
            _cultures = Cultures();
        }
    }

    /// <summary>Re-indexes the given items: each key's rows are replaced by its documents (none: it was deleted).</summary>
    public void Update(IReadOnlyCollection<Guid> keys, IEnumerable<InternalDocument> documents, DateTime? watermark = null)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            using (var delete = _connection.CreateCommand())
            {
                delete.Transaction = transaction;
                delete.CommandText = "DELETE FROM item WHERE key = $key";
                var key = delete.Parameters.Add("$key", SqliteType.Text);
                foreach (var k in keys)
                {
                    key.Value = k.ToString();
                    Count -= delete.ExecuteNonQuery();
                }
            }

            Count += Insert(documents, transaction);
            transaction.Commit();
            _cultures = Cultures();
            if (watermark > Watermark)
            {
                Watermark = watermark.Value;
            }
        }
    }

    /// <summary>
    /// Keys of the items whose name or text holds every word of the query (the last one, or any, as a prefix), best
    /// first (BM25, the name weighing five times the text), in any culture.
    /// </summary>
    public IReadOnlyList<Guid> Search(string text, int limit = 1000)
    {
        var best = new Dictionary<Guid, double>();
        lock (_lock)
        {
            foreach (var culture in _cultures)
            {
                var terms = TextAnalyzer.Analyze(text, culture.Length == 0 ? InvariantAnalyzer : culture)
                    .Select(t => t.Stem).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)
                    .Select(s => new FtsQuery.Term([s], [s])).ToList();
                if (terms.Count == 0)
                {
                    continue;
                }

                using var command = _connection.CreateCommand();
                command.CommandText = "SELECT key, bm25(item, 0, 0, 5.0, 1.0) FROM item WHERE item MATCH $q AND culture = $culture ORDER BY 2 LIMIT $limit";
                command.Parameters.AddWithValue("$q", FtsQuery.All(terms));
                command.Parameters.AddWithValue("$culture", culture);
                command.Parameters.AddWithValue("$limit", limit);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var key = Guid.Parse(reader.GetString(0));
                    var score = reader.GetDouble(1);
                    if (!best.TryGetValue(key, out var known) || score < known)
                    {
                        best[key] = score;
                    }
                }
            }
        }

        return best.OrderBy(b => b.Value).ThenBy(b => b.Key).Take(limit).Select(b => b.Key).ToList();
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _connection.Dispose();
        }
    }

    private int Insert(IEnumerable<InternalDocument> documents, SqliteTransaction transaction)
    {
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO item (key, culture, name, body) VALUES ($key, $culture, $name, $body)";
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var culture = insert.Parameters.Add("$culture", SqliteType.Text);
        var name = insert.Parameters.Add("$name", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        var count = 0;
        foreach (var document in documents)
        {
            var analyzer = document.Culture.Length == 0 ? InvariantAnalyzer : document.Culture;
            key.Value = document.Key.ToString();
            culture.Value = document.Culture;
            name.Value = Stems(document.Name, analyzer);
            body.Value = Stems(document.Body, analyzer);
            insert.ExecuteNonQuery();
            count++;
        }

        return count;
    }

    private static string Stems(string text, string culture) => string.Join(' ', TextAnalyzer.Analyze(text, culture, keepStopWords: true).Select(t => t.Stem));

    private string[] Cultures()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT culture FROM item";
        using var reader = command.ExecuteReader();
        var cultures = new List<string>();
        while (reader.Read())
        {
            cultures.Add(reader.GetString(0));
        }

        return [.. cultures];
    }

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>One item in one culture ("" for invariant items and media) as the back office finds it: its name and its text.</summary>
public sealed record InternalDocument(Guid Key, string Culture, string Name, string Body);
