namespace NmZaMe.Cms.Search;

/// <summary>
/// An immutable view of the index: FTS5 table per culture, documents by row id, the vocabulary. Replaced as a whole
/// after each change, so a search never sees half an update.
/// </summary>
public sealed class IndexState
{
    public static readonly IndexState Empty = new(new Dictionary<string, string>(), new IndexRows(1), Vocabulary.Empty, new TermTable(), built: false);

    internal IndexState(IReadOnlyDictionary<string, string> tables, IndexRows rows, Vocabulary vocabulary, TermTable terms, bool built = true)
    {
        Tables = tables;
        Rows = rows;
        Vocabulary = vocabulary;
        Terms = terms;
        Built = built;
    }

    /// <summary>The FTS5 table of each culture.</summary>
    public IReadOnlyDictionary<string, string> Tables { get; }

    public Vocabulary Vocabulary { get; }

    /// <summary>False only before the first build or load.</summary>
    public bool Built { get; }

    /// <summary>Documents in all cultures.</summary>
    public int Count => Rows.Count;

    internal IndexRows Rows { get; }

    internal TermTable Terms { get; }
}

/// <summary>
/// Documents by row id (the FTS5 rowid): one array per attribute, so a match is found by indexing, not hashing, and the
/// row arrays, allocated in row order, lie in memory in the order FTS5 returns them. Filled while an index state is
/// made (build, load, or a copy for an update) and never changed once published.
/// </summary>
internal sealed class IndexRows
{
    private readonly Dictionary<(Guid Key, string Culture), int> _byKey;

    public IndexRows(int capacity)
    {
        Data = new int[]?[Math.Max(capacity, 1)];
        Keys = new Guid[Data.Length];
        Cultures = new string[Data.Length];
        Types = new string[Data.Length];
        FoldedNames = new string[Data.Length];
        _byKey = new Dictionary<(Guid, string), int>(capacity);
        Next = 1;
    }

    private IndexRows(IndexRows other, int capacity)
    {
        Data = Grow(other.Data, capacity);
        Keys = Grow(other.Keys, capacity);
        Cultures = Grow(other.Cultures, capacity);
        Types = Grow(other.Types, capacity);
        FoldedNames = Grow(other.FoldedNames, capacity);
        _byKey = new Dictionary<(Guid, string), int>(other._byKey);
        Next = other.Next;
    }

    /// <summary>Each row's numbers (see <see cref="IndexRow"/>); null where no document is.</summary>
    public int[]?[] Data { get; private set; }

    public Guid[] Keys { get; private set; }

    public string[] Cultures { get; private set; }

    public string[] Types { get; private set; }

    /// <summary>The name's words folded, for ordering ties.</summary>
    public string[] FoldedNames { get; private set; }

    /// <summary>The row id the next document gets: ids are never reused while the index lives.</summary>
    public int Next { get; private set; }

    public int Count => _byKey.Count;

    public bool Has(long row) => (ulong)row < (ulong)Data.Length && Data[row] is not null;

    public int? Find(Guid key, string culture) => _byKey.TryGetValue((key, culture), out var row) ? row : null;

    /// <summary>A copy with room for <paramref name="more"/> further rows, to change for the next index state.</summary>
    public IndexRows CopyFor(int more) => new(this, Next + more);

    public void Set(int row, Guid key, string culture, string type, string foldedName, int[] data)
    {
        if (row >= Data.Length)
        {
            var capacity = Math.Max(row + 1, Data.Length * 2);
            Data = Grow(Data, capacity);
            Keys = Grow(Keys, capacity);
            Cultures = Grow(Cultures, capacity);
            Types = Grow(Types, capacity);
            FoldedNames = Grow(FoldedNames, capacity);
        }

        if (Data[row] is not null || !_byKey.TryAdd((key, culture), row))
        {
            throw new InvalidOperationException($"Row {row} or item {key} in {culture} is already in the index.");
        }

        Data[row] = data;
        Keys[row] = key;
        Cultures[row] = culture;
        Types[row] = type;
        FoldedNames[row] = foldedName;
        Next = Math.Max(Next, row + 1);
    }

    /// <summary>Takes a row out; its id is not given again.</summary>
    public int[] Remove(int row)
    {
        var data = Data[row] ?? throw new InvalidOperationException($"Row {row} is not in the index.");
        _byKey.Remove((Keys[row], Cultures[row]));
        Data[row] = null;
        Cultures[row] = null!;
        Types[row] = null!;
        FoldedNames[row] = null!;
        return data;
    }

    private static T[] Grow<T>(T[] array, int capacity)
    {
        var copy = new T[Math.Max(capacity, array.Length)];
        Array.Copy(array, copy, array.Length);
        return copy;
    }
}
