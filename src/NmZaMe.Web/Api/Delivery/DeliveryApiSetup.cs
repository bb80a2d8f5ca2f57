using NmZaMe.Web.Api.Caching;
using NmZaMe.Web.Api.Cors;
using NmZaMe.Web.Api.Delivery.OpenApi;

namespace NmZaMe.Web.Api.Delivery;

public static class DeliveryApiSetup
{
    public const string ContentCache = "delivery-content";

    public const string MediaCache = "delivery-media";

    private const string OutputCacheSection = "NmZaMe:DeliveryApi:OutputCache";

    /// <summary>Access rules (<c>NmZaMe:DeliveryApi</c>), HTTP caching, CORS and the file index behind <c>/media/{id}/{name}</c>.</summary>
    public static WebApplicationBuilder AddDeliveryApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DeliveryAccess>();
        builder.Services.AddSingleton<MediaFileIndex>();
        // Umbraco's DeliveryApi:OutputCache keys: Enabled, ContentDuration, MediaDuration; plus CacheControl.
        builder.Services.AddApiCaching(new ApiCacheRules(ContentCache, IsSharedContent, ["Accept-Language", "Accept-Segment", "Preview", "Start-Item"]),
            (o, c) => Bind(o, c, "ContentDuration"));
        builder.Services.AddApiCaching(new ApiCacheRules(MediaCache, IsSharedMedia, []), (o, c) => Bind(o, c, "MediaDuration"));
        builder.Services.AddApiCors(builder.Configuration);
        return builder;
    }

    /// <summary>The Content Delivery API v2 (content and media), its OpenAPI document, and the media files it links to.</summary>
    public static WebApplication MapDeliveryApi(this WebApplication app)
    {
        var api = app.MapGroup("/umbraco/delivery/api/v2").RequireCors(ApiCors.Policy);
        api.MapGroup(string.Empty).WithApiCaching(ContentCache).MapDeliveryContent();
        api.MapGroup(string.Empty).WithApiCaching(MediaCache).MapDeliveryMedia();
        app.MapDeliveryOpenApi();
        app.MapMediaFiles();
        return app;
    }

    private static void Bind(ApiCacheOptions options, IConfiguration configuration, string durationKey)
    {
        var section = configuration.GetSection(OutputCacheSection);
        section.Bind(options);
        if (section.GetValue<TimeSpan?>(durationKey) is { } duration)
        {
            options.Duration = duration;
        }
    }

    /// <summary>
    /// Public, not a preview, and no free-text filter (each of those is counted for the office's search insights, so
    /// it must reach the endpoint).
    /// </summary>
    private static bool IsSharedContent(HttpContext http) =>
        http.RequestServices.GetRequiredService<DeliveryAccess>().IsPublic
        && !http.RequestServices.GetRequiredService<DeliveryAccess>().IsPreview(http)
        && !http.Request.Query["filter"].Any(f => f is not null && f.TrimStart().StartsWith("text:", StringComparison.OrdinalIgnoreCase));

    private static bool IsSharedMedia(HttpContext http) => http.RequestServices.GetRequiredService<DeliveryAccess>().IsPublic;
}
