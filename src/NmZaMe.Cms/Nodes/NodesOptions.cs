namespace NmZaMe.Cms.Nodes;

/// <summary>
/// <c>NmZaMe:Nodes</c> settings: how several nodes on one PostgreSQL database stay in step. On SQLite (one node) only
/// <see cref="ChangeLogRetentionDays"/> matters.
/// </summary>
public sealed class NodesOptions
{
    /// <summary>
    /// How often a node that does not hold a lease (scheduled publishing, …) tries to take it, in seconds: the longest a
    /// lease stays without a holder after its holder died.
    /// </summary>
    public double LeaseRetrySeconds { get; set; } = 5;

    /// <summary>How often a holder checks that its lease connection is alive, in seconds.</summary>
    public double LeaseCheckSeconds { get; set; } = 5;

    /// <summary>
    /// How often a node reads the change log even without a notification, in seconds: the longest a change waits when
    /// a notification was lost.
    /// </summary>
    public double PollSeconds { get; set; } = 2;

    /// <summary>How long change log rows are kept; a node that was away longer reloads its whole snapshot.</summary>
    public double ChangeLogRetentionDays { get; set; } = 7;

    internal static TimeSpan Seconds(double value, double minimum) => TimeSpan.FromSeconds(Math.Max(minimum, value));
}
