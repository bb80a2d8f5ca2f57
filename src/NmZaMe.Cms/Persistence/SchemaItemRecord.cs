namespace NmZaMe.Cms.Persistence;

public enum SchemaItemType
{
    Language = 0,
    DataType = 1,
    ContentType = 2,
}

/// <summary>A language, data type or content type as imported from uSync: its definition as JSON and the hash of the file it came from.</summary>
public sealed class SchemaItemRecord
{
    public Guid Key { get; set; }

    public SchemaItemType ItemType { get; set; }

    public string Alias { get; set; } = string.Empty;

    public string Definition { get; set; } = "{}";

    public string Hash { get; set; } = string.Empty;

    public DateTime UpdateDate { get; set; }
}
