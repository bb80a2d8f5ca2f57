namespace NmZaMe.Cms.Search;

/// <summary>
/// Every word an index holds (stems, separators, accented lower-case forms) as a small number, so documents are int
/// arrays instead of string arrays and a match check is an array read (see <see cref="TermMasks"/>). The numbers are
/// those of the terms table on disk, so loading copies each document's numbers as they are. Numbers are never reused:
/// a rebuild starts a new table, and older index states keep theirs.
/// </summary>
internal sealed class TermTable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _ids;
    private string[] _texts;
    private int _count;

    public TermTable()
        : this([])
    {
    }

    /// <summary>A table whose term i is <paramref name="texts"/>[i], as read from disk.</summary>
    public TermTable(List<string> texts)
    {
        _ids = new Dictionary<string, int>(texts.Count, StringComparer.Ordinal);
        _texts = new string[Math.Max(16, texts.Count)];
        foreach (var text in texts)
        {
            if (!_ids.TryAdd(text, _count))
            {
                throw new ArgumentException($"The term \"{text}\" is listed twice.", nameof(texts));
            }

            _texts[_count++] = text;
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>The number of a term, or -1 when no document of this table has held it.</summary>
    public int Find(string term)
    {
        lock (_gate)
        {
            return _ids.TryGetValue(term, out var id) ? id : -1;
        }
    }

    /// <summary>The number of a term, given a new one (<paramref name="added"/>) when the table has not seen it.</summary>
    public int Add(string term, out bool added)
    {
        lock (_gate)
        {
            added = false;
            if (_ids.TryGetValue(term, out var id))
            {
                return id;
            }

            if (_count == _texts.Length)
            {
                Array.Resize(ref _texts, _texts.Length * 2);
            }

            id = _count++;
            _texts[id] = term;
            _ids[term] = id;
            added = true;
            return id;
        }
    }

    public string Text(int id)
    {
        lock (_gate)
        {
            return (uint)id < (uint)_count ? _texts[id] : throw new ArgumentOutOfRangeException(nameof(id));
        }
    }
}
