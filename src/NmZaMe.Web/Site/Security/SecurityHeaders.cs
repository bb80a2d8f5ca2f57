namespace NmZaMe.Web.Site.Security;

/// <summary>
/// Security headers on every response. The site loads nothing from other hosts and has no inline script or style,
/// so the policy can be strict; JSON-LD blocks are data, not script, and need no exception.
/// </summary>
/// <remarks>
/// The headers are set again just before the response starts wherever they are missing: the exception handler clears
/// the response before it writes a 500, and error answers need them too (ASVS 3.4.4, 3.4.6). A header an inner
/// middleware set (the back office's stricter policy) is kept.
/// </remarks>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly KeyValuePair<string, string>[] Headers =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("X-Frame-Options", "DENY"),
        new("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
        new("Cross-Origin-Opener-Policy", "same-origin"),
    ];

    public Task InvokeAsync(HttpContext context)
    {
        AddMissing(context.Response);
        context.Response.OnStarting(static state =>
        {
            AddMissing((HttpResponse)state);
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }

    private static void AddMissing(HttpResponse response)
    {
        foreach (var (name, value) in Headers)
        {
            response.Headers.TryAdd(name, value);
        }
    }
}
