using NmZaMe.Web.Api.Delivery.OpenApi;

namespace NmZaMe.Web.Api.Delivery;

public static class DeliveryApiSetup
{
    /// <summary>Access rules (<c>NmZaMe:DeliveryApi</c>) and the file index behind <c>/media/{id}/{name}</c>.</summary>
    public static WebApplicationBuilder AddDeliveryApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DeliveryAccess>();
        builder.Services.AddSingleton<MediaFileIndex>();
        return builder;
    }

    /// <summary>The Content Delivery API v2 (content and media), its OpenAPI document, and the media files it links to.</summary>
    public static WebApplication MapDeliveryApi(this WebApplication app)
    {
        app.MapGroup("/umbraco/delivery/api/v2").MapDeliveryContent().MapDeliveryMedia();
        app.MapDeliveryOpenApi();
        app.MapMediaFiles();
        return app;
    }
}
