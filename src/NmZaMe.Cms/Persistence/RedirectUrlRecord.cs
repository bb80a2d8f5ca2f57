namespace NmZaMe.Cms.Persistence;

/// <summary>
/// An old route of a published item, recorded when its URL segment (or an ancestor's) changed or it moved, so the
/// old address answers 301 (Umbraco's Redirect URL Management).
/// </summary>
public sealed class RedirectUrlRecord
{
    public long Id { get; set; }

    /// <summary>The root item the route belongs to (the Delivery API's start item).</summary>
    public Guid RootKey { get; set; }

    public string Culture { get; set; } = string.Empty;

    /// <summary>The old route path below the root, with leading and trailing slash, as the Delivery API writes it.</summary>
    public string Path { get; set; } = "/";

    /// <summary>The item the old route now leads to.</summary>
    public Guid NodeKey { get; set; }

    public DateTime Created { get; set; }
}
