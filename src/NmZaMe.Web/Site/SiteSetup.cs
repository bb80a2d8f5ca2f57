using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Net.Http.Headers;
using NmZaMe.Cms.Changes;
using NmZaMe.Web.Site.Caching;
using NmZaMe.Web.Site.Hours;
using NmZaMe.Web.Site.PublicForms;
using NmZaMe.Web.Site.Security;
using NmZaMe.Web.Site.Seo;

namespace NmZaMe.Web.Site;

public static class SiteSetup
{
    public static IServiceCollection AddPublicSite(this IServiceCollection services)
    {
        services.AddControllersWithViews();
        services.AddPublicForms();
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section)
            .Validate(o => SiteOptions.IsValidExit(o.QuickExitUrl), "NmZaMe:Site:QuickExitUrl must be an http(s) address or a path on this site starting with /.")
            .ValidateOnStart();
        // A year and every subdomain (ASVS 3.4.1); only sent over HTTPS, so a plain-HTTP trial is unaffected.
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<NovoMestoClock>();
        services.AddOutputCache(SiteCache.Configure);
        services.AddContentChangedHandler<SiteCacheEviction>();
        services.AddResponseCompression(o =>
        {
            // Pages carry no secrets (no cookies, no tokens), so compressing over HTTPS gives BREACH nothing to find.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Middleware for the public site, in order: headers, compression, long-lived static files, routing, output cache.</summary>
    public static WebApplication UsePublicSite(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                // Fingerprinted URLs (?v=hash from asp-append-version) never change content, so they may be kept a year.
                context.Context.Response.Headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : "public, max-age=3600";
            },
        });
        app.UseRouting();
        // CORS before the output cache, so a cached API answer gets the headers of the origin asking now.
        app.UseCors();
        app.UseOutputCache();
        return app;
    }

    public static WebApplication MapPublicSite(this WebApplication app)
    {
        app.MapSeo();
        app.MapControllers();
        return app;
    }
}
