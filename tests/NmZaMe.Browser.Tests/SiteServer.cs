using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// The real application on Kestrel at 127.0.0.1 (a browser cannot talk to TestServer), with a fresh data directory
/// and the repository's seed catalogue. One per test class.
/// </summary>
public sealed class SiteServer(IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "nmzame-browser", Guid.NewGuid().ToString("N"));
    private readonly int _port = FreePort();

    public const string AdminEmail = "admin@browser.test";

    public const string AdminPassword = "zelena-koza-pije-mleko";

    public string BaseUrl => $"http://127.0.0.1:{_port}";

    public string DataDirectory => _dataDirectory;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        UseKestrel(_port);
        StartServer();
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Kestrel is still binding.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The site did not become ready.");
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("NmZaMe:DataDirectory", _dataDirectory);
        builder.UseSetting("NmZaMe:USync:Folder", Path.Combine(RepositoryRoot, "uSync"));
        builder.UseSetting("NmZaMe:BackOffice:TwoFactorForPublishers", "false");
        builder.UseSetting("NmZaMe:Unattended:AdminEmail", AdminEmail);
        builder.UseSetting("NmZaMe:Unattended:AdminPassword", AdminPassword);
        // A script fills a form faster than a person and every test comes from one address: the public forms' fill
        // time and rate limit have their own HTTP tests.
        builder.UseSetting("NmZaMe:PublicForms:MinimumSeconds", "0");
        builder.UseSetting("NmZaMe:PublicForms:PostsPerAddress", "1000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);

        // The port goes back to the OS and a later server may get it: its sign-ins must not find this one's cookies.
        BackOfficeBrowser.ForgetServer(BaseUrl);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be closing; the temp folder is cleaned by the OS.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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

        throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
