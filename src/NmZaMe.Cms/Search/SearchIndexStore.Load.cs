using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace NmZaMe.Cms.Search;

/// <summary>Reading back what an earlier run wrote: the documents' numbers, terms and facet values, checked as they are read.</summary>
internal sealed partial class SearchIndexStore
{
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
}
