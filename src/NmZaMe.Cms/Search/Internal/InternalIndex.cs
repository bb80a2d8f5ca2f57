using Microsoft.Data.Sqlite;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Search.Internal;

/// <summary>
/// The back office's own index, as Umbraco keeps an InternalIndex beside the ExternalIndex: every document (drafts,
/// unpublished items, the recycle bin) and every media item, by name and text, analysed as the public index is
/// (diacritic folding, stemming), in an FTS5 file of its own that citizens' searches never read. It answers keys only:
/// the back office reads the found items from the database, which decides scope (start nodes) and state (trashed), so
/// the index never needs to know who may see what. It stays on disk across restarts: beside every item's rows it keeps the
/// signature of the row it read (<see cref="Signature"/>), in the same transaction, so a start whose database still holds
/// exactly those items reuses the index, and anything changed behind its back (or a crash mid-update) means a rebuild.
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
        Execute("CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, signature TEXT NOT NULL) WITHOUT ROWID");
        Execute("CREATE TABLE IF NOT EXISTS state (id INTEGER PRIMARY KEY CHECK (id = 1), version TEXT NOT NULL)");
    }

    /// <summary>What shapes the stored rows: this format (bump when <see cref="InternalDocuments"/> or the tables change) and the analyzer's version.</summary>
    public static string Version { get; } = "1." + SearchIndexVersion.Current;

    /// <summary>
    /// What identifies the state of an item the index read: every use case that changes an item's data raises its
    /// version (a move or trash also changes its path or flag), and a deleted item has no row.
    /// </summary>
    public static string Signature(int version, bool trashed, string path, DateTime updated, string type) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{version}|{trashed}|{path}|{updated.Ticks}|{type}");

    private static string Signature(NodeRecord node) => Signature(node.Version, node.Trashed, node.Path, node.UpdateDate, node.ContentTypeAlias);

    /// <summary>Whether a full build has run since the start: until then the pipeline rebuilds instead of updating.</summary>
    public bool Built { get; private set; }

    public int Count { get; private set; }

    /// <summary>
    /// Whether the index on disk was built by this version from exactly these items (key → <see cref="Signature"/>, as
    /// the database holds them now); then <see cref="Reuse"/> takes it as it is.
    /// </summary>
    public bool Matches(IReadOnlyDictionary<Guid, string> items)
    {
        lock (_lock)
        {
            using var version = _connection.CreateCommand();
            version.CommandText = "SELECT version FROM state WHERE id = 1";
            if (version.ExecuteScalar() as string != Version)
            {
                return false;
            }

            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT key, signature FROM seen";
            using var reader = command.ExecuteReader();
            var count = 0;
            while (reader.Read())
            {
                if (!Guid.TryParse(reader.GetString(0), out var key) || !items.TryGetValue(key, out var signature) || signature != reader.GetString(1))
                {
                    return false;
                }

                count++;
            }

            return count == items.Count;
        }
    }

    /// <summary>Takes the index on disk as it is (<see cref="Matches"/> said it is right).</summary>
    public void Reuse()
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM item";
            Count = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            Built = true;
            _cultures = Cultures();
        }
    }

    /// <summary>Replaces the whole index with these items (at start-up, or when the snapshot is reloaded).</summary>
    public void Rebuild(IReadOnlyCollection<NodeRecord> nodes)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            Execute("DELETE FROM item; DELETE FROM seen; DELETE FROM state;", transaction);
            var count = Insert(nodes, transaction);
            using (var version = _connection.CreateCommand())
            {
                version.Transaction = transaction;
                version.CommandText = "INSERT INTO state (id, version) VALUES (1, $version)";
                version.Parameters.AddWithValue("$version", Version);
                version.ExecuteNonQuery();
            }

            transaction.Commit();
            Count = count;
            Built = true;
            _cultures = Cultures();
        }
    }

    /// <summary>Re-indexes the given items: each key's rows are replaced by its node's (none: it was deleted).</summary>
    public void Update(IReadOnlyCollection<Guid> keys, IReadOnlyCollection<NodeRecord> nodes)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            using (var delete = _connection.CreateCommand())
            {
                delete.Transaction = transaction;
                delete.CommandText = "DELETE FROM item WHERE key = $key";
                using var forget = _connection.CreateCommand();
                forget.Transaction = transaction;
                forget.CommandText = "DELETE FROM seen WHERE key = $key";
                var key = delete.Parameters.Add("$key", SqliteType.Text);
                var seenKey = forget.Parameters.Add("$key", SqliteType.Text);
                foreach (var k in keys)
                {
                    key.Value = seenKey.Value = k.ToString();
                    Count -= delete.ExecuteNonQuery();
                    forget.ExecuteNonQuery();
                }
            }

            Count += Insert(nodes, transaction);
            transaction.Commit();
            _cultures = Cultures();
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

    /// <summary>Adds the nodes' documents and signatures; returns how many documents.</summary>
    private int Insert(IReadOnlyCollection<NodeRecord> nodes, SqliteTransaction transaction)
    {
        using var seen = _connection.CreateCommand();
        seen.Transaction = transaction;
        seen.CommandText = "INSERT OR REPLACE INTO seen (key, signature) VALUES ($key, $signature)";
        var key = seen.Parameters.Add("$key", SqliteType.Text);
        var signature = seen.Parameters.Add("$signature", SqliteType.Text);
        foreach (var node in nodes)
        {
            key.Value = node.Key.ToString();
            signature.Value = Signature(node);
            seen.ExecuteNonQuery();
        }

        return Insert(nodes.SelectMany(InternalDocuments.Of), transaction);
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
