namespace NmZaMe.Web.Api.Cors;

/// <summary>
/// Cross-origin reads of the public APIs, for the origins listed in <c>NmZaMe:Cors:AllowedOrigins</c> only (none by
/// default: a browser page on another site cannot read the APIs until an administrator names it). Reads only, no
/// credentials; the request headers the APIs understand and the response headers a client needs are allowed.
/// </summary>
public static class ApiCors
{
    public const string Policy = "api";

    public const string Section = "NmZaMe:Cors:AllowedOrigins";

    public static IServiceCollection AddApiCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = (configuration.GetSection(Section).Get<string[]>() ?? []).Select(o => o.Trim().TrimEnd('/')).ToArray();
        if (origins.FirstOrDefault(o => !Uri.TryCreate(o, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/") is { } bad)
        {
            // A typo here would silently lock a partner out; stop at start-up and say which entry is wrong.
            throw new InvalidOperationException($"{Section} must list origins such as https://partner.example (scheme and host only); '{bad}' is not one.");
        }

        services.AddCors(o => o.AddPolicy(Policy, p => p
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders("Accept", "Accept-Language", "Accept-Segment", "Start-Item", "Api-Key", "Preview", "If-None-Match")
            .WithExposedHeaders("ETag", "Location-Start-Item-Path", "Location-Start-Item-Id")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        return services;
    }
}
