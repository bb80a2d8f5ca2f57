using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace NmZaMe.Cms.Search;

internal sealed partial class SearchIndexStore
{
    /// <summary>Documents added and removed in one transaction; nothing is written unless committed.</summary>
    public sealed class Batch : IDisposable
    {
        private readonly SearchIndexStore _store;
        private readonly SqliteTransaction _transaction;
        private readonly IReadOnlyDictionary<string, string> _tables;
        private readonly Dictionary<string, (SqliteCommand Insert, SqliteCommand Delete)> _fts = new(StringComparer.OrdinalIgnoreCase);
        private readonly SqliteCommand _insertDocument;
        private readonly SqliteCommand _deleteDocument;
        private readonly SqliteCommand _insertTerm;

        internal Batch(SearchIndexStore store, SqliteTransaction transaction, IReadOnlyDictionary<string, string> tables)
        {
            _store = store;
            _transaction = transaction;
            _tables = tables;
            _insertDocument = store.Prepared(transaction, "INSERT INTO docs(rowid, key, culture, type, folded_name, data) VALUES ($id, $key, $culture, $type, $foldedName, $data)",
                ("$id", SqliteType.Integer), ("$key", SqliteType.Blob), ("$culture", SqliteType.Text), ("$type", SqliteType.Text), ("$foldedName", SqliteType.Text), ("$data", SqliteType.Blob));
            _deleteDocument = store.Prepared(transaction, "DELETE FROM docs WHERE rowid = $id", ("$id", SqliteType.Integer));
            _insertTerm = store.Prepared(transaction, "INSERT INTO terms(id, text) VALUES ($id, $text)", ("$id", SqliteType.Integer), ("$text", SqliteType.Text));
        }

        /// <summary>A term the table numbered for a document of this batch (see <see cref="IndexRow.Encode"/>).</summary>
        public void Term(int id, string text)
        {
            _insertTerm.Parameters["$id"].Value = id;
            _insertTerm.Parameters["$text"].Value = text;
            _insertTerm.ExecuteNonQuery();
        }

        public void Add(int row, IndexDocument document, int[] data)
        {
            var insert = Fts(document.Culture).Insert;
            insert.Parameters["$id"].Value = row;
            insert.Parameters["$name"].Value = document.Name;
            insert.Parameters["$keywords"].Value = document.Keywords;
            insert.Parameters["$summary"].Value = document.Summary;
            insert.Parameters["$body"].Value = document.Body;
            insert.ExecuteNonQuery();
            _insertDocument.Parameters["$id"].Value = row;
            _insertDocument.Parameters["$key"].Value = document.Key.ToByteArray();
            _insertDocument.Parameters["$culture"].Value = document.Culture;
            _insertDocument.Parameters["$type"].Value = document.ContentType;
            _insertDocument.Parameters["$foldedName"].Value = document.FoldedName;
            _insertDocument.Parameters["$data"].Value = MemoryMarshal.AsBytes(data.AsSpan()).ToArray();
            _insertDocument.ExecuteNonQuery();
        }

        public void Delete(string culture, int row)
        {
            var delete = Fts(culture).Delete;
            delete.Parameters["$id"].Value = row;
            delete.ExecuteNonQuery();
            _deleteDocument.Parameters["$id"].Value = row;
            _deleteDocument.ExecuteNonQuery();
        }

        /// <summary>
        /// Writes the facet values the documents' numbers stand for and the stamp, then commits. Without a stamp the index
        /// is never reused: the next start analyses everything again.
        /// </summary>
        public void Commit(string? stamp)
        {
            using (var facets = _store.Prepared(_transaction, "INSERT OR REPLACE INTO facets(id, facet, value) VALUES ($id, $facet, $value)",
                       ("$id", SqliteType.Integer), ("$facet", SqliteType.Text), ("$value", SqliteType.Text)))
            {
                var values = Facets.Registered();
                for (var id = 0; id < values.Count; id++)
                {
                    facets.Parameters["$id"].Value = id;
                    facets.Parameters["$facet"].Value = values[id].Facet;
                    facets.Parameters["$value"].Value = values[id].Value;
                    facets.ExecuteNonQuery();
                }
            }

            using (var meta = _store.Prepared(_transaction, "INSERT OR REPLACE INTO meta(key, value) VALUES ('stamp', $stamp), ('tables', $tables)",
                       ("$stamp", SqliteType.Text), ("$tables", SqliteType.Text)))
            {
                meta.Parameters["$stamp"].Value = stamp ?? string.Empty;
                meta.Parameters["$tables"].Value = string.Join(';', _tables.Select(t => $"{t.Key}={t.Value}"));
                meta.ExecuteNonQuery();
            }

            _transaction.Commit();
        }

        public void Dispose()
        {
            foreach (var (insert, delete) in _fts.Values)
            {
                insert.Dispose();
                delete.Dispose();
            }

            _insertDocument.Dispose();
            _deleteDocument.Dispose();
            _insertTerm.Dispose();
            _transaction.Dispose();
        }

        private (SqliteCommand Insert, SqliteCommand Delete) Fts(string culture)
        {
            if (!_fts.TryGetValue(culture, out var commands))
            {
                var table = _tables[culture];
                commands = (
                    _store.Prepared(_transaction, $"INSERT INTO {table}(rowid, name, keywords, summary, body) VALUES ($id, $name, $keywords, $summary, $body)",
                        ("$id", SqliteType.Integer), ("$name", SqliteType.Text), ("$keywords", SqliteType.Text), ("$summary", SqliteType.Text), ("$body", SqliteType.Text)),
                    _store.Prepared(_transaction, $"DELETE FROM {table} WHERE rowid = $id", ("$id", SqliteType.Integer)));
                _fts[culture] = commands;
            }

            return commands;
        }
    }
}
