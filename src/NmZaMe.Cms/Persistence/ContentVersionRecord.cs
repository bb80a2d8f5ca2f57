namespace NmZaMe.Cms.Persistence;

/// <summary>A saved or published version of an item, kept for history and rollback.</summary>
public sealed class ContentVersionRecord
{
    public long Id { get; set; }

    public int NodeId { get; set; }

    public DateTime Created { get; set; }

    public string Action { get; set; } = "Save";

    public string Data { get; set; } = "{}";

    public string? PublishedCultures { get; set; }

    public string? UserName { get; set; }
}
