namespace NmZaMe.Cms.PublishedCache;

/// <summary>
/// Large buffers that a snapshot load writes items' stored values into. Millions of small arrays made the garbage
/// collector mark and copy every one of them while a large catalogue loaded; a few hundred large ones it neither copies
/// nor has to walk. Each thread of the parallel load writes into a chunk of its own, so an item's values are
/// contiguous and written without locks.
/// </summary>
internal sealed class ValueArena : IDisposable
{
    private const int ChunkSize = 1 << 20;
    private readonly ThreadLocal<Chunk> _current = new(() => new Chunk(ChunkSize));

    /// <summary>
    /// Room for up to <paramref name="length"/> bytes, to be followed by <see cref="Commit"/> with what was used. An
    /// item larger than an eighth of a chunk gets an array of its own.
    /// </summary>
    public (byte[] Array, int Offset) Reserve(int length)
    {
        if (length > ChunkSize / 8)
        {
            return (new byte[length], 0);
        }

        var chunk = _current.Value!;
        if (chunk.Bytes.Length - chunk.Used < length)
        {
            _current.Value = chunk = new Chunk(ChunkSize);
        }

        return (chunk.Bytes, chunk.Used);
    }

    /// <summary>Keeps <paramref name="used"/> bytes of what <see cref="Reserve"/> gave in <paramref name="array"/>.</summary>
    public void Commit(byte[] array, int used)
    {
        var chunk = _current.Value!;
        if (ReferenceEquals(chunk.Bytes, array))
        {
            chunk.Used += used;
        }
    }

    public void Dispose() => _current.Dispose();

    private sealed class Chunk(int size)
    {
        public readonly byte[] Bytes = GC.AllocateUninitializedArray<byte>(size);
        public int Used;
    }
}
