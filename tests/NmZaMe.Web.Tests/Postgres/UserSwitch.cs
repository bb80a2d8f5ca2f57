namespace NmZaMe.Web.Tests.Postgres;

/// <summary>
/// PostgreSQL refuses to run as root, so a root test process runs its binaries as an unprivileged system user,
/// through runuser (util-linux) or, where that is missing, setpriv.
/// </summary>
internal static class UserSwitch
{
    private static readonly string? RunUser = ProcessRunner.FindOnPath("runuser");
    private static readonly string? SetPriv = ProcessRunner.FindOnPath("setpriv");

    public static bool Needed => Environment.IsPrivilegedProcess;

    /// <summary>The existing <c>postgres</c> system user (Debian's package creates it), else <c>nobody</c>.</summary>
    public static string ServerUser() => UserExists("postgres") ? "postgres" : "nobody";

    public static string Program => RunUser ?? SetPriv
        ?? throw new InvalidOperationException("Neither runuser nor setpriv (util-linux) was found; they are needed to run PostgreSQL as a non-root user.");

    public static IEnumerable<string> Arguments(string user, string file) => RunUser is not null
        ? ["-u", user, "--", file]
        : ["--reuid", user, "--regid", GroupOf(user), "--init-groups", "--", file];

    private static bool UserExists(string user) => PasswdEntry(user) is not null;

    private static string GroupOf(string user) => PasswdEntry(user)?[3] ?? user;

    private static string[]? PasswdEntry(string user) =>
        File.Exists("/etc/passwd")
            ? File.ReadLines("/etc/passwd").Select(l => l.Split(':')).FirstOrDefault(f => f.Length > 3 && f[0] == user)
            : null;
}
