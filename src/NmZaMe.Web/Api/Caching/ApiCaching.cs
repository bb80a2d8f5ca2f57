using Microsoft.Extensions.DependencyInjection.Extensions;
using NmZaMe.Cms.Changes;

namespace NmZaMe.Web.Api.Caching;

/// <summary>
/// Strong ETags, 304 for a matching <c>If-None-Match</c>, a configurable <c>Cache-Control</c> and output caching
/// emptied on every content change, for any API: register it once per API with <see cref="AddApiCaching"/> and put it
/// on the API's endpoints with <see cref="WithApiCaching{TBuilder}"/>.
/// </summary>
public static class ApiCaching
{
    /// <summary>The output-cache tag of every API answer, evicted after each change.</summary>
    public const string Tag = "api";

    /// <summary>
    /// Registers the rules and settings of one API. <paramref name="bind"/> fills its <see cref="ApiCacheOptions"/> from
    /// configuration (so each API keeps its own keys, such as Umbraco's <c>ContentDuration</c>).
    /// </summary>
    public static IServiceCollection AddApiCaching(this IServiceCollection services, ApiCacheRules rules, Action<ApiCacheOptions, IConfiguration> bind)
    {
        services.AddOutputCache();
        services.AddOptions<ApiCacheOptions>(rules.Name).Configure<IConfiguration>(bind);
        services.AddKeyedSingleton(rules.Name, rules);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IContentChangedHandler, ApiCacheEviction>());
        return services;
    }

    /// <summary>Adds the ETag/304/Cache-Control filter and the output-cache policy of the API registered as <paramref name="name"/>.</summary>
    public static TBuilder WithApiCaching<TBuilder>(this TBuilder builder, string name)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var services = factory.ApplicationServices;
            var filter = new EntityTagFilter(services.GetRequiredKeyedService<ApiCacheRules>(name), services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<ApiCacheOptions>>());
            return context => filter.InvokeAsync(context, next);
        });
        builder.CacheOutput(new ApiOutputCachePolicy(name));
        return builder;
    }
}
