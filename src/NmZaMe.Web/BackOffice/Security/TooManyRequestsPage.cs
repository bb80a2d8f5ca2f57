using System.Globalization;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>The answer to a throttled sign-in: 429 with Retry-After and a short page in Slovenian.</summary>
public static class TooManyRequestsPage
{
    private const string Html = """
        <!DOCTYPE html>
        <html lang="sl">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Preveč poskusov – NmZaMe</title></head>
        <body>
        <main>
        <h1>Preveč poskusov prijave</h1>
        <p>Iz vašega naslova ali za ta račun je bilo v kratkem času preveč poskusov prijave. Počakajte nekaj minut in poskusite znova.</p>
        <p>Če ste geslo pozabili, se obrnite na skrbnika sistema.</p>
        <p><a href="/umbraco/login">Nazaj na prijavo</a></p>
        </main>
        </body>
        </html>
        """;

    public static async Task WriteAsync(HttpContext context, TimeSpan? retryAfter)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsync(Html, context.RequestAborted);
    }
}
