using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// How tests wait for the page a click or a key loads: until the address the browser committed is the expected one,
/// then for that document's DOM (deferred scripts have run), not for the load event of every subresource; the next step
/// waits for its own element anyway.
/// Not <c>WaitForURLAsync</c>: when the address is not there yet it waits for the navigation and then checks the load
/// states without a lock before subscribing to them, so a DOMContentLoaded that arrives in between is missed and it
/// times out although the page has loaded (seen in CI: its log showed only the load and network-idle events).
/// <c>WaitForLoadStateAsync</c> checks and subscribes under one lock, and the old document's states are removed before
/// the new address is reported, so it waits for the new document.
/// </summary>
public static class PageWaits
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    public static Task UntilUrlAsync(this IPage page, Regex url) => page.UntilUrlAsync(url.IsMatch);

    public static async Task UntilUrlAsync(this IPage page, Func<string, bool> arrived)
    {
        var clock = Stopwatch.StartNew();
        while (!arrived(page.Url))
        {
            if (clock.Elapsed > Bound)
            {
                throw new TimeoutException($"The page stayed at {page.Url}: {await TextOfAsync(page)}");
            }

            // The address changes on an event of the driver's connection; a short poll reads it as soon as it came.
            await Task.Delay(20);
        }

        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>What the page says, so a refused form's message is in the failure.</summary>
    private static async Task<string> TextOfAsync(IPage page)
    {
        try
        {
            var text = await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 });
            return text.Length > 600 ? text[..600] : text;
        }
        catch (PlaywrightException e)
        {
            return $"(unreadable: {e.Message})";
        }
    }
}
