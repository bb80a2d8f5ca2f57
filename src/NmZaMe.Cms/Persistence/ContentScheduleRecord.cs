namespace NmZaMe.Cms.Persistence;

public enum ScheduleAction
{
    Publish,
    Unpublish,
}

/// <summary>A publish or unpublish of one culture ("" for invariant items) due at a time; a background job runs it.</summary>
public sealed class ContentScheduleRecord
{
    public long Id { get; set; }

    public int NodeId { get; set; }

    public string Culture { get; set; } = string.Empty;

    public ScheduleAction Action { get; set; }

    public DateTime Date { get; set; }

    public string? UserName { get; set; }
}
