namespace NmZaMe.Cms.Nodes;

/// <summary>
/// SQLite serves one node. The node holds an exclusive lock on a file next to the database (<c>nmzame.db.node-lock</c>)
/// for as long as it runs; the operating system drops the lock when the process ends, however it ends. A second node
/// pointed at the same file stops at start-up with <see cref="SecondNodeException"/>, which names PostgreSQL.
/// </summary>
public sealed class SqliteNodeLock(string databaseFile) : IDisposable
{
    private FileStream? _lock;

    public string LockFile { get; } = Path.GetFullPath(databaseFile) + ".node-lock";

    /// <summary>Takes the lock, or throws <see cref="SecondNodeException"/> when another running node holds it.</summary>
    public void Acquire()
    {
        if (_lock is not null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(LockFile)!);
        try
        {
            _lock = new FileStream(LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not DirectoryNotFoundException and not FileNotFoundException)
        {
            throw new SecondNodeException(
                $"Another NmZaMe node is already running on the SQLite database {Path.GetFullPath(databaseFile)} (it holds {LockFile}). " +
                "SQLite serves one node only. To run several nodes, use PostgreSQL: set NmZaMe__Database__Provider=Postgres and " +
                "ConnectionStrings__Cms (README, \"Several nodes\").", e);
        }
    }

    public void Dispose() => _lock?.Dispose();
}

/// <summary>A second node started on a database that serves one node only (SQLite).</summary>
public sealed class SecondNodeException(string message, Exception inner) : Exception(message, inner);
