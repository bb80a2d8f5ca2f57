using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>Debian's Chromium driven by Playwright (its own browser download cannot work here), plus the site.</summary>
public class Browser : IAsyncLifetime
{
    public Browser()
        : this(new Dictionary<string, string>())
    {
    }

    /// <param name="settings">Configuration for this fixture's server on top of the usual (a short session, say).</param>
    protected Browser(IReadOnlyDictionary<string, string> settings) => Site = new SiteServer(settings);

    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public SiteServer Site { get; }

    public IBrowser Chromium { get; private set; } = null!;

    public static string AxeScript { get; } = Path.Combine(SiteServer.RepositoryRoot, "tests", "NmZaMe.Browser.Tests", "axe", "node_modules", "axe-core", "axe.min.js");

    public async Task InitializeAsync()
    {
        await Site.InitializeAsync();

        // Web-first assertions wait for the thing itself; their 5 s default bound was too short for a background post
        // on two loaded cores (a media panel's answer came later than that in CI), so they share the contexts' bound.
        Assertions.SetDefaultExpectTimeout(90_000);
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh context (no cookies, no cache); bypassCsp only where axe must be injected as a script.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900, bool bypassCsp = false, bool javaScript = true)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Site.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BypassCSP = bypassCsp,
            JavaScriptEnabled = javaScript,
            Locale = "sl-SI",
        });

        // Every wait is for a thing (a load event, an element); Playwright's 30 s default only bounds how long. On two
        // cores shared with a build, a cold page has taken longer than that (a navigation timed out), so the bound is wider.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.CloseAsync();
        }

        _playwright?.Dispose();
        await ((IAsyncLifetime)Site).DisposeAsync();
    }
}
