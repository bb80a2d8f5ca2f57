using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>What the form holds for one property while it is being edited (scalars as text, lists, blocks, links).</summary>
public sealed class FieldState
{
    public string Text { get; set; } = string.Empty;

    public List<string> Items { get; set; } = [];

    public List<BlockState> Blocks { get; set; } = [];

    public List<LinkState> Links { get; set; } = [];

    /// <summary>MediaPicker3 keeps its entry key across saves, as Umbraco does.</summary>
    public string? EntryKey { get; set; }
}

public sealed class BlockState(Guid key, ContentType type)
{
    public Guid Key { get; } = key;

    public ContentType Type { get; } = type;

    public Dictionary<string, FieldState> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the block is already shown in the culture being edited; saving the form shows it there.</summary>
    public bool Exposed { get; set; } = true;
}

public sealed record LinkState(string Url, string Name, string Content);
