namespace NmZaMe.Web.Api.Caching;

/// <summary>
/// What an API tells the caching piece: which requests are the same for everyone (only those are kept and marked
/// public) and which request headers change the answer.
/// </summary>
public sealed record ApiCacheRules(string Name, Func<HttpContext, bool> IsShared, IReadOnlyList<string> VaryHeaders);
