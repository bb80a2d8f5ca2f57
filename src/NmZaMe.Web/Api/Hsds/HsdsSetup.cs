using System.Reflection;
using NmZaMe.Web.Api.Caching;
using NmZaMe.Web.Api.Cors;

namespace NmZaMe.Web.Api.Hsds;

/// <summary>Settings under <c>NmZaMe:Hsds</c>.</summary>
public sealed class HsdsOptions
{
    /// <summary>The largest <c>per_page</c> served; larger requests get pages of this size.</summary>
    public int MaxPerPage { get; set; } = 200;
}

public static class HsdsSetup
{
    public const string Cache = "hsds";

    public const string OpenApiPath = "/hsds/openapi.json";

    public const string ProfilePath = "/hsds/profile";

    private const string Section = "NmZaMe:Hsds";

    /// <summary>Settings, HTTP caching (<c>NmZaMe:Hsds:OutputCache</c>: Enabled, Duration, CacheControl) and CORS of the HSDS API.</summary>
    public static WebApplicationBuilder AddHsds(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HsdsOptions>().BindConfiguration(Section).Validate(o => o.MaxPerPage > 0, "NmZaMe:Hsds:MaxPerPage must be 1 or more.");
        // Every HSDS answer is public and the same for everyone asking in one language.
        builder.Services.AddApiCaching(new ApiCacheRules(Cache, _ => true, ["Accept-Language"]),
            (o, c) => c.GetSection(Section + ":OutputCache").Bind(o));
        builder.Services.AddApiCors(builder.Configuration);
        return builder;
    }

    /// <summary>The HSDS 3.0 API at /hsds, its OpenAPI document and the profile it follows.</summary>
    public static WebApplication MapHsds(this WebApplication app)
    {
        app.MapGroup("/hsds").RequireCors(ApiCors.Policy).WithApiCaching(Cache).MapHsdsEndpoints();
        app.MapGet(OpenApiPath, (HttpContext http, EndpointDataSource endpoints) =>
                Results.Text(HsdsOpenApiDocument.Build(endpoints.Endpoints, BaseUrl(http.Request)).ToJsonString(), "application/json", System.Text.Encoding.UTF8))
            .RequireCors(ApiCors.Policy).ExcludeFromDescription();
        app.MapGet(ProfilePath, () => Results.Text(Profile.Value, "text/markdown; charset=utf-8")).RequireCors(ApiCors.Policy).ExcludeFromDescription();
        return app;
    }

    /// <summary>The site's own address, for the absolute URLs HSDS wants (forwarded headers are applied before this runs).</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>docs/hsds-profile.md, embedded so the profile URL the root names always resolves to the profile this build follows.</summary>
    private static readonly Lazy<string> Profile = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("NmZaMe.Web.Api.Hsds.hsds-profile.md")
            ?? throw new InvalidOperationException("The HSDS profile is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
