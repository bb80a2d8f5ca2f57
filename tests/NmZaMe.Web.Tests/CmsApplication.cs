using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Tests;

/// <summary>
/// The real application over HTTP with a fresh data directory (SQLite file, logs) per instance, importing the
/// repository's uSync folder unless a test gives its own. Nothing is shared between tests. A data directory passed in
/// belongs to the caller and outlives the instance, so a second instance can restart on the same database.
/// </summary>
public sealed class CmsApplication : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDataDirectory;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Registrations added after the application's own, as a plug-in would add them.</param>
    public CmsApplication(string? uSyncFolder = null, IDictionary<string, string?>? settings = null, string? dataDirectory = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "nmzame-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        _settings = new Dictionary<string, string?>
        {
            ["NmZaMe:DataDirectory"] = DataDirectory,
            ["NmZaMe:USync:Folder"] = uSyncFolder ?? RepositoryUSync,
            // Most tests sign editors in with a password alone; the 2FA default for publishers has its own tests.
            ["NmZaMe:BackOffice:TwoFactorForPublishers"] = "false",
            // Review reminders would mail the seed's overdue entries on the real clock; their tests run passes on their own.
            ["NmZaMe:Review:ReminderCheckMinutes"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            // A null value removes this host's own setting, so the application's default applies (a host setting cannot be null).
            if (value is null)
            {
                _settings.Remove(key);
            }
            else
            {
                _settings[key] = value;
            }
        }
    }

    public string DataDirectory { get; }

    /// <summary>The configuration this instance starts with; with <see cref="DataDirectory"/>, all a restart needs.</summary>
    public IReadOnlyDictionary<string, string?> Settings => _settings;

    /// <summary>Every log message the application wrote (rendered), in order; for tests of what is printed to the console.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<(LogLevel Level, string Message)> Logs { get; } = new();

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string RepositoryUSync => Path.Combine(RepositoryRoot, "uSync");

    public PublishedSnapshot Snapshot => Services.GetRequiredService<PublishedSnapshotService>().Current;

    public CmsDbContext CreateDbContext() => Services.GetRequiredService<ICmsDbContextFactory>().Create();

    /// <summary>A client for a started application whose published snapshot is loaded.</summary>
    public async Task<HttpClient> StartAsync()
    {
        HttpClient client;
        try
        {
            client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        }
        catch (ObjectDisposedException e)
        {
            // Start-up refused (e.g. an invalid uSync file); the reason is in the application's log.
            throw new InvalidOperationException("The application stopped during start-up: " + LastLogLines(), e);
        }

        for (var i = 0; i < 600; i++)
        {
            var response = await client.GetAsync("/health/ready");
            if (response.IsSuccessStatusCode)
            {
                return client;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The application did not become ready.");
    }

    public string LastLogLines()
    {
        var logs = Path.Combine(DataDirectory, "logs");
        if (!Directory.Exists(logs))
        {
            return "(no log)";
        }

        using var stream = new FileStream(Directory.EnumerateFiles(logs).Order().Last(), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return string.Join(Environment.NewLine, reader.ReadToEnd().Split('\n').TakeLast(5));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // As in Development: a singleton holding a scoped service fails here, not on a developer's first run.
        builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });
        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Logs)));
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (!_ownsDataDirectory)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be closing; the temp folder is cleaned by the OS.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NmZaMe.Umbraco.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (NmZaMe.Umbraco.sln) above " + AppContext.BaseDirectory);
    }

    private sealed class CapturingLoggerProvider(System.Collections.Concurrent.ConcurrentQueue<(LogLevel, string)> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(sink);

        public void Dispose()
        {
        }

        private sealed class Logger(System.Collections.Concurrent.ConcurrentQueue<(LogLevel, string)> sink) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    sink.Enqueue((logLevel, formatter(state, exception)));
                }
            }
        }
    }
}
