using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NmZaMe.Web.Api.Caching;

/// <summary>Turns an endpoint's result into one that carries a strong ETag and answers a matching If-None-Match with 304.</summary>
public sealed class EntityTagFilter(ApiCacheRules rules, IOptionsMonitor<ApiCacheOptions> options)
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var inner = result as IResult ?? (result is null ? Results.Empty : Results.Ok(result));
        var http = context.HttpContext;
        var cacheControl = rules.IsShared(http) ? options.Get(rules.Name).CacheControl : "private, no-cache";
        return new EntityTagResult(inner, cacheControl);
    }
}
