namespace NmZaMe.Cms.Persistence;

/// <summary>
/// One public search, kept anonymously for the office's "what people search for" page: the normalised, masked query,
/// culture, the hour it was asked, how many results it had, the life situation of the first result and whether a result
/// was opened from the results page. Never an IP address, cookie, user agent or session. <see cref="Token"/> is random
/// per search, only so that opening a result can be counted; it says nothing about who searched.
/// </summary>
public sealed class SearchQueryRecord
{
    /// <summary>The longest query kept; longer ones are cut.</summary>
    public const int MaxQueryLength = 200;

    public long Id { get; set; }

    public Guid Token { get; set; }

    public string Query { get; set; } = string.Empty;

    public string Culture { get; set; } = string.Empty;

    /// <summary>UTC, to the hour.</summary>
    public DateTime Hour { get; set; }

    public int Results { get; set; }

    public Guid? LifeChallenge { get; set; }

    public bool Opened { get; set; }

    /// <summary>Where it was asked: <see cref="SearchSource.Site"/> or <see cref="SearchSource.DeliveryApi"/>.</summary>
    public string Source { get; set; } = SearchSource.Site;
}

public static class SearchSource
{
    public const string Site = "site";

    public const string DeliveryApi = "api";
}
