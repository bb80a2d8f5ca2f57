namespace NmZaMe.Cms.Persistence;

/// <summary>Small system facts, e.g. whether the first-boot content import has run.</summary>
public sealed class KeyValueRecord
{
    public string Key { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    public DateTime UpdateDate { get; set; }
}
