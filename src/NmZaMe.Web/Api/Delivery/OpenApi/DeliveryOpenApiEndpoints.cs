using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace NmZaMe.Web.Api.Delivery.OpenApi;

public static class DeliveryOpenApiEndpoints
{
    /// <summary>
    /// Where Umbraco 17 serves its Delivery API document (<c>/umbraco/openapi/delivery.json</c>), where Umbraco 14-16
    /// served it (Swashbuckle), and where ASP.NET Core's own OpenAPI support would put a document named "delivery".
    /// </summary>
    public static IReadOnlyList<string> Routes { get; } = ["/umbraco/openapi/delivery.json", "/umbraco/swagger/delivery/swagger.json", "/openapi/delivery.json"];

    // Not HTML-escaped: the document is served as JSON and '<' / '>' appear in filter examples.
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointRouteBuilder MapDeliveryOpenApi(this IEndpointRouteBuilder app)
    {
        foreach (var route in Routes)
        {
            app.MapGet(route, Serve).ExcludeFromDescription();
        }

        return app;
    }

    // Built per request from the live endpoint table: it is small, rarely fetched, and then never stale.
    private static IResult Serve([FromServices] EndpointDataSource endpoints, [FromServices] DeliveryAccess access) =>
        Results.Text(DeliveryOpenApiDocument.Build(endpoints.Endpoints, access.MaxTake).ToJsonString(Json), "application/json", Encoding.UTF8);
}
