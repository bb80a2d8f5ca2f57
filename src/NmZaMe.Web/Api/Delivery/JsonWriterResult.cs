using System.Text.Json;
using NmZaMe.Cms.Editors;

namespace NmZaMe.Web.Api.Delivery;

/// <summary>Writes JSON straight to the response pipe with a Utf8JsonWriter: no intermediate object graph per request.</summary>
public sealed class JsonWriterResult(Action<Utf8JsonWriter> write, int statusCode = StatusCodes.Status200OK) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter, JsonDefaults.DeliveryWriter))
        {
            write(writer);
        }

        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
