using NmZaMe.Cms;
using NmZaMe.Cms.Persistence;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Hosting;
using Serilog.Formatting.Compact;

namespace NmZaMe.Web.Hosting;

public static class Logging
{
    /// <summary>A log event with this property is written to the console but never to the log file.</summary>
    public const string ConsoleOnlyProperty = "OneTimePassword";

    /// <summary>Serilog to the console and to a daily rolling compact-JSON file in the data directory.</summary>
    public static WebApplicationBuilder AddCmsLogging(this WebApplicationBuilder builder)
    {
        var dataDirectory = CmsOptions.Of(builder).DataDirectory;
        Directory.CreateDirectory(dataDirectory);
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            // It logs every unhealthy poll at Error; the checks log their own state changes once instead.
            .MinimumLevel.Override("Microsoft.Extensions.Diagnostics.HealthChecks", LogEventLevel.Fatal)
            .ReadFrom.Configuration(builder.Configuration)
            // While the database is down EF logs each failed command at Error; DatabaseUnavailableHandler and the
            // background services log such a failure once at Warning. Any other EF error is still logged.
            .Filter.ByExcluding(e => e.Exception is { } x && DatabaseFailure.Unavailable(x) is not null
                && e.Properties.TryGetValue("SourceContext", out var source) && source.ToString().StartsWith("\"Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            // Secrets meant for the operator's eyes (the first start's one-time password) go to the console only.
            .WriteTo.Logger(file => file
                .Filter.ByExcluding(Serilog.Filters.Matching.WithProperty(ConsoleOnlyProperty))
                .WriteTo.File(new CompactJsonFormatter(), Path.Combine(dataDirectory, "logs", "nmzame-.json"),
                    rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31, shared: true))
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        // For UseSerilogRequestLogging; the rest of the application logs through Microsoft.Extensions.Logging.
        builder.Services.AddSingleton<Serilog.ILogger>(logger);
        builder.Services.AddSingleton(new DiagnosticContext(logger));
        builder.Services.AddSingleton<IDiagnosticContext>(sp => sp.GetRequiredService<DiagnosticContext>());
        return builder;
    }

    /// <summary>
    /// One line per request: method, path, status and elapsed time, nothing else. The query string (search text), the
    /// client address, the user agent and cookies are personal data and are left out on purpose.
    /// </summary>
    public static WebApplication UseCmsRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            o.IncludeQueryInRequestPath = false;
            // A 503 is a deliberate answer (starting, database unavailable) whose reason is logged once elsewhere.
            o.GetLevel = (context, _, exception) => exception is not null || context.Response.StatusCode is >= 500 and not StatusCodes.Status503ServiceUnavailable
                ? LogEventLevel.Error
                : LogEventLevel.Information;
        });
        return app;
    }
}
