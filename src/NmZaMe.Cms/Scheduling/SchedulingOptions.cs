namespace NmZaMe.Cms.Scheduling;

/// <summary><c>NmZaMe:Scheduling</c> settings.</summary>
public sealed class SchedulingOptions
{
    /// <summary>How often due scheduled publishing runs, in seconds (at least 1).</summary>
    public int IntervalSeconds { get; set; } = 30;
}
