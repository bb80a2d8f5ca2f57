using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace NmZaMe.Web.Hosting;

public static class Logging
{
    /// <summary>Serilog to the console and to a daily rolling compact-JSON file in the data directory.</summary>
    public static void AddCmsLogging(this WebApplicationBuilder builder, string dataDirectory)
    {
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(dataDirectory, "logs", "nmzame-.json"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31, shared: true)
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
    }
}
