using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using NmZaMe.Cms.Persistence;
using NmZaMe.Web.BackOffice;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.Hosting;

/// <summary>
/// The one place where "the database is down or busy" becomes an answer: 503 with Retry-After, as ProblemDetails for
/// APIs and as a page in the back office and on the site that says nothing was saved. Reads served from the snapshot
/// never get here; any other exception goes on to the default 500 handling.
/// </summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problemDetails, ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client is asked to wait; a PostgreSQL restart or failover takes about that long.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (DatabaseFailure.Unavailable(exception) is not { } reason || context.Response.HasStarted)
        {
            return false;
        }

        // The path, never the query string or the form: those may carry what a citizen or an editor typed.
        logger.LogWarning("The database is unavailable ({Reason}); {Method} {Path} answered 503, nothing was saved",
            reason, context.Request.Method, context.Request.Path.Value);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";

        if (WantsPage(context.Request))
        {
            var english = BackOfficePaths.IsBackOffice(context.Request.Path)
                ? context.User.FindFirst(BackOfficeText.CultureClaim)?.Value?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true
                : context.Request.Path.StartsWithSegments("/en", StringComparison.OrdinalIgnoreCase);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(DatabaseUnavailablePage.Html(english, isPost: HttpMethods.IsPost(context.Request.Method)), cancellationToken);
            return true;
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Database unavailable",
                Detail = $"The database cannot be reached right now; nothing was saved. Try again in {RetryAfterSeconds} seconds.",
            },
        });
    }

    // APIs and health always answer ProblemDetails; pages answer a page unless the client asked for JSON only.
    private static bool WantsPage(HttpRequest request)
    {
        if (request.Path.StartsWithSegments(BackOfficePaths.DeliveryApi, StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments(BackOfficePaths.DeliveryApiDocument, StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var accept = request.Headers.Accept.ToString();
        return accept.Length == 0 || accept.Contains("text/html", StringComparison.OrdinalIgnoreCase) || accept.Contains("*/*", StringComparison.Ordinal);
    }
}
