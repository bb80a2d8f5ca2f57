using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Api.Caching;

/// <summary>
/// Keeps an API's 200 answers that are the same for everyone (never previews, keyed or personal requests), per full
/// query string, the headers the API varies by, and the snapshot generation: an answer rendered from the old snapshot
/// while a publish is in flight is never served after it.
/// </summary>
public sealed class ApiOutputCachePolicy(string name) : IOutputCachePolicy
{
    // The answer's bytes (so its ETag) differ by compression, and the CORS headers kept with it by Origin.
    private static readonly string[] AlwaysVaried = [HeaderNames.AcceptEncoding, HeaderNames.Origin];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptionsMonitor<ApiCacheOptions>>().Get(name);
        var rules = http.RequestServices.GetRequiredKeyedService<ApiCacheRules>(name);
        var snapshots = http.RequestServices.GetRequiredService<ISnapshotSource>();
        var attempt = options.Enabled
            && snapshots.IsLoaded
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization)
            && rules.IsShared(http);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = options.Duration;
        context.Tags.Add(ApiCaching.Tag);
        // The exact path and query, not the cache's own normalised key (which upper-cases and sorts): the items
        // endpoints answer in the order of their repeated ids, and an item path may differ in case.
        context.CacheVaryByRules.VaryByValues["target"] = http.Request.Path.Value + http.Request.QueryString.Value;
        context.CacheVaryByRules.HeaderNames = new([.. rules.VaryHeaders, .. AlwaysVaried]);
        context.CacheVaryByRules.VaryByValues["generation"] = snapshots.IsLoaded ? snapshots.Current.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
