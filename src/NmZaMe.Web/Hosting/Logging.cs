using NmZaMe.Cms;
using Serilog;
using Serilog.Events;
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
            .ReadFrom.Configuration(builder.Configuration)
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
        return builder;
    }
}
