using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// How tests wait for the page a click or a key loads: until the address the browser committed is the expected one,
/// then until that document has parsed its DOM (deferred scripts have run), not for the load event of every
/// subresource; the next step waits for its own element anyway.
/// Neither <c>WaitForURLAsync</c> nor <c>WaitForLoadStateAsync</c>: both check the load states the driver has reported
/// and then subscribe to later ones, and a state reported in between is missed, so they time out on a page that has
/// loaded. CI saw it twice under load, once with each: their logs showed only the later events (the load event and
/// the network falling quiet). The document's own <c>readyState</c> has no such gap: it is asked, not listened for.
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

        while (!await ParsedAsync(page))
        {
            if (clock.Elapsed > Bound)
            {
                throw new TimeoutException($"The page at {page.Url} did not finish parsing: {await TextOfAsync(page)}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Whether the frame's current document is past "loading"; false while a navigation replaces it.</summary>
    private static async Task<bool> ParsedAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string>("document.readyState") != "loading";
        }
        catch (PlaywrightException e) when (e.Message.Contains("context was destroyed", StringComparison.OrdinalIgnoreCase)
                                           || e.Message.Contains("navigat", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
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
