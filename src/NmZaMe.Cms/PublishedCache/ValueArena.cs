namespace NmZaMe.Cms.PublishedCache;

/// <summary>
/// Large shared buffers that a snapshot load copies items' stored values into. Millions of small arrays made the
/// garbage collector mark and copy every one of them while a large catalogue loaded; a few hundred large ones it
/// neither copies nor has to walk. Safe to use from the load's parallel workers.
/// </summary>
internal sealed class ValueArena
{
    private const int ChunkSize = 1 << 20;
    private readonly Lock _grow = new();
    private Chunk _current = new();

    /// <summary>Room for <paramref name="length"/> bytes: an array and the offset to write at.</summary>
    public (byte[] Array, int Offset) Allocate(int length)
    {
        if (length > ChunkSize / 8)
        {
            return (new byte[length], 0);
        }

        while (true)
        {
            var chunk = Volatile.Read(ref _current);
            var end = Interlocked.Add(ref chunk.Used, length);
            if (end <= ChunkSize)
            {
                return (chunk.Bytes, end - length);
            }

            lock (_grow)
            {
                if (ReferenceEquals(_current, chunk))
                {
                    Volatile.Write(ref _current, new Chunk());
                }
            }
        }
    }

    private sealed class Chunk
    {
        public readonly byte[] Bytes = GC.AllocateUninitializedArray<byte>(ChunkSize);
        public int Used;
    }
}
