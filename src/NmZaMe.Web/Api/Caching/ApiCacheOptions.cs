namespace NmZaMe.Web.Api.Caching;

/// <summary>
/// HTTP caching of one API (named options, one name per API): Umbraco's <c>DeliveryApi:OutputCache</c> settings
/// (<c>Enabled</c>, a duration) plus the <c>Cache-Control</c> sent with answers anyone may cache.
/// </summary>
public sealed class ApiCacheOptions
{
    /// <summary>Keep rendered answers in the server's output cache; every content change empties it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a rendered answer is kept at most (a change evicts it earlier).</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// For answers that are the same for everyone. The default makes clients and proxies ask again each time, which costs
    /// a 304 without a body when nothing changed, so nobody sees a stale catalogue.
    /// </summary>
    public string CacheControl { get; set; } = "public, no-cache";
}
