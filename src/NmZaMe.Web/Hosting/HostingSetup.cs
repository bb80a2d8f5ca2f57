using Microsoft.AspNetCore.DataProtection;
using NmZaMe.Cms;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Nodes;
using NmZaMe.Cms.Sync;
using NmZaMe.Web.BackOffice.Users;

namespace NmZaMe.Web.Hosting;

/// <summary>What every door shares: settings, errors as ProblemDetails, request logging, health, start-up.</summary>
public static class HostingSetup
{
    /// <summary>The data-protection application name every node shares (it isolates the keys' purposes from other apps).</summary>
    public const string DataProtectionApplicationName = "NmZaMe";

    /// <summary>The host's settings (<see cref="NmZaMeOptions"/>), ProblemDetails and the readiness checks.</summary>
    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<NmZaMeOptions>(builder.Configuration.GetSection(NmZaMeOptions.Section));
        // Keys in the database under one application name: a sign-in cookie or an antiforgery token made on one node is
        // read on every other, and survives a restart. The key XML is logged only at Debug, which "Microsoft" never is.
        builder.Services.AddDataProtection().SetApplicationName(DataProtectionApplicationName).PersistKeysToDbContext<CmsDbContext>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        builder.Services.AddSingleton<DatabaseReadyCheck>();
        // No "Server: Kestrel": it tells an attacker nothing they need and costs a header on every answer.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Services.AddHealthChecks()
            .AddCheck<SnapshotReadyCheck>("snapshot", tags: ["ready"])
            .AddCheck<SearchReadyCheck>("search", tags: ["ready"])
            .AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// Migrations, the uSync import and the back office's groups and first administrator. False (after logging why)
    /// when start-up must stop: an invalid uSync file or an unusable administrator setting.
    /// </summary>
    public static async Task<bool> InitialiseAsync(this WebApplication app)
    {
        try
        {
            await using (await app.InitialiseCmsAsync())
            {
                await BackOfficeSeeder.SeedAsync(app.Services);
                // The first node makes the first key here, under the start-up lease, so nodes starting together share it.
                app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("NmZaMe.Startup").Protect([0]);
            }
        }
        catch (Exception e) when (e is USyncException or BackOfficeSetupException or SecondNodeException)
        {
            app.Logger.LogCritical("{Message}", e.Message);
            await app.DisposeAsync();
            return false;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                app.Logger.LogInformation("NmZaMe is listening on {Url} (site: {Url}/sl/, Delivery API: {Url}/umbraco/delivery/api/v2/content, health: {Url}/health/ready)", url, url, url, url);
            }
        });
        return true;
    }

    /// <summary>Trusted proxy headers first, then one log line per request, then errors as ProblemDetails and status pages.</summary>
    public static WebApplication UseHosting(this WebApplication app)
    {
        app.UseCmsForwardedHeaders();
        app.UseCmsRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<MethodPolicy>();
        return app;
    }

    /// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (snapshot and search index loaded, database answering).</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
        return app;
    }
}
