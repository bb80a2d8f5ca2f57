using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;
using OtpNet;

namespace NmZaMe.Browser.Tests;

/// <summary>What the back-office browser tests share: signing in through the real form, and axe on the current page.</summary>
public static class BackOfficeBrowser
{
    public const string RunAxe = """
        async () => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
        }
        """;

    /// <summary>Signs in as the unattended administrator (no 2FA) and lands on the dashboard.</summary>
    public static async Task<IPage> SignInAsAdminAsync(IBrowserContext context) =>
        await SignInAsync(context, SiteServer.AdminEmail, SiteServer.AdminPassword);

    /// <summary>
    /// Signs in through the form. Where the user's group requires 2FA it is set up on the first sign-in; the session's
    /// cookies are then reused by later contexts of the same server, since a TOTP code may be used only once.
    /// Tests that sign out everywhere or change the security stamp must use a user of their own.
    /// </summary>
    public static async Task<IPage> SignInAsync(IBrowserContext context, string email, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/umbraco/login");
        var key = new Uri(page.Url).GetLeftPart(UriPartial.Authority) + "|" + email;
        if (Sessions.TryGetValue(key, out var cookies))
        {
            await context.AddCookiesAsync(cookies);
            await page.GotoAsync("/umbraco");
            return page;
        }

        await page.GetByLabel("E-poštni naslov").FillAsync(email);
        await page.GetByLabel("Geslo").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Prijava" }).ClickAsync();
        await page.UntilUrlAsync(url => !url.Contains("/umbraco/login", StringComparison.Ordinal));
        if (page.Url.EndsWith("/umbraco/account/2fa", StringComparison.Ordinal))
        {
            var sharedKey = (await page.Locator("#shared-key").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            SharedKeys[key] = sharedKey;
            await page.GetByLabel("Koda iz aplikacije").FillAsync(new Totp(Base32Encoding.ToBytes(sharedKey)).ComputeTotp(DateTime.UtcNow));
            await page.GetByRole(AriaRole.Button, new() { Name = "Vklopi dvostopenjsko prijavo" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Nadaljuj" }).ClickAsync();
            await page.UntilUrlAsync(url => url.EndsWith("/umbraco", StringComparison.Ordinal));
        }

        Sessions[key] = (await context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }).ToList();
        return page;
    }

    private static readonly ConcurrentDictionary<string, IReadOnlyList<Cookie>> Sessions = new();

    private static readonly ConcurrentDictionary<string, string> SharedKeys = new();

    /// <summary>Drops the sessions and keys of a server that has stopped (sessions are keyed by its address).</summary>
    public static void ForgetServer(string baseUrl)
    {
        foreach (var key in Sessions.Keys.Concat(SharedKeys.Keys).Where(k => k.StartsWith(baseUrl + "|", StringComparison.Ordinal)).ToList())
        {
            Sessions.TryRemove(key, out _);
            SharedKeys.TryRemove(key, out _);
        }
    }

    /// <summary>The authenticator key set up for the user on this server by <see cref="SignInAsync"/>.</summary>
    public static string SharedKey(string baseUrl, string email) => SharedKeys[baseUrl + "|" + email];

    /// <summary>Runs axe-core on the page as it is now (the context must bypass CSP to inject it) and fails with every violation.</summary>
    public static async Task AssertNoAxeViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Browser.AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>(RunAxe);
        var found = violations.EnumerateArray().Select(v => v.GetString()).ToArray();
        Assert.True(found.Length == 0, $"{page.Url}:\n" + string.Join("\n", found));
    }
}
