namespace NmZaMe.Web.Hosting;

/// <summary>
/// TRACE and TRACK are refused everywhere (nothing here needs them; Razor Pages would otherwise render a page for any
/// method), and HEAD is answered as GET without a body wherever GET is (ASVS 4.1.4): endpoints are mapped for GET
/// only, so HEAD on the Delivery API or <c>/robots.txt</c> found no route. The body is written to nowhere; the headers
/// (length, type, caching) stay those of the GET.
/// </summary>
public sealed class MethodPolicy(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsTrace(method) || string.Equals(method, "TRACK", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD, POST";
            return Task.CompletedTask;
        }

        if (HttpMethods.IsHead(method))
        {
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
        }

        return next(context);
    }
}
