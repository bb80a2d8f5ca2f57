using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NmZaMe.Web.Tests.Postgres;

/// <summary>Stopping a test cluster and deleting its directory, at exit or, for one left behind, on the next run.</summary>
internal static class ClusterDirectory
{
    private const int SigQuit = 3;

    /// <summary>
    /// Immediate shutdown by signal rather than pg_ctl, and the files deleted by a process of their own: the test
    /// host is killed moments after it starts exiting, while a signal already sent and an rm already started finish.
    /// </summary>
    public static void RemoveOnExit(string root)
    {
        StopPostmaster(Path.Combine(root, "data"));
        if (ProcessRunner.FindOnPath("rm") is { } rm)
        {
            var start = new ProcessStartInfo(rm) { UseShellExecute = false, ArgumentList = { "-rf", "--", root } };
            Process.Start(start)?.Dispose();
        }
        else
        {
            TryDelete(root);
        }
    }

    public static void Remove(string root)
    {
        StopPostmaster(Path.Combine(root, "data"));
        TryDelete(root);
    }

    private static void StopPostmaster(string data)
    {
        var pidFile = Path.Combine(data, "postmaster.pid");
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) || !IsPostgres(pid) || Kill(pid, SigQuit) != 0)
        {
            return;
        }

        for (var i = 0; i < 100 && File.Exists(pidFile) && Kill(pid, 0) == 0; i++)
        {
            Thread.Sleep(50);
        }
    }

    // A stale pid file may name a process id that has since been reused by something else.
    private static bool IsPostgres(int pid)
    {
        var comm = $"/proc/{pid}/comm";
        try
        {
            return !File.Exists(comm) || File.ReadAllText(comm).Trim() == "postgres";
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Clusters whose test process is gone (killed before it could clean up): named prefix{pid}-{random}.</summary>
    public static void RemoveStale(string tempRoot, string prefix)
    {
        if (!Directory.Exists("/proc/self"))
        {
            return;
        }

        foreach (var dir in Directory.GetDirectories(tempRoot, prefix + "*"))
        {
            var owner = Path.GetFileName(dir)[prefix.Length..].Split('-')[0];
            if (int.TryParse(owner, out var pid) && !Directory.Exists($"/proc/{pid}"))
            {
                Remove(dir);
            }
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run's stale-cluster clean-up.
        }
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
}
