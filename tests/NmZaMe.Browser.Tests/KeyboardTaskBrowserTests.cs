using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.PublishedCache;
using Xunit.Abstractions;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// The review's keyboard-only task (back-office review §2: 157 key presses, focus on body afterwards), done with
/// keyboard events only and every key counted: dashboard → review item → Uredi → Nastavitve → lastReviewed →
/// Shrani in objavi, and "Potrjeno brez sprememb" from the dashboard. The bounds guard the counts; nothing is timed.
/// </summary>
public sealed class KeyboardTaskBrowserTests(Browser browser, ITestOutputHelper output) : IClassFixture<Browser>
{
    /// <summary>The review needed 157; this route needs about a quarter of that, with room for a few more fields.</summary>
    private const int MostKeyPresses = 50;

    private PublishedSnapshot Snapshot => browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current;

    [Fact]
    public async Task Keyboard_only_review_of_a_queue_item_takes_few_keys_and_focus_never_falls_to_body()
    {
        await using var context = await browser.NewContextAsync();
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await SetLanguageAsync(page, "Slovenščina");
        await page.GotoAsync("/umbraco");

        // The first queue row a date can be set on: one with a contact of its own (else the date is refused) and a
        // date already (the field has a time part, which then stays as it is).
        var rows = await page.Locator("#needs-review tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.querySelector('a').getAttribute('href'), r.cells[2].textContent.trim()])");
        var index = Array.FindIndex(rows, r => r[1] != "nikoli" && Snapshot.Get(Guid.Parse(r[0].Split('/')[^1])) is { } c && ContactChannels.HasOwn(c, confidential: true));
        Assert.True(index >= 0, "No queue row with a contact and a date.");
        var key = Guid.Parse(rows[index][0].Split('/')[^1]);
        var keys = new KeyCounter(page);

        // Dashboard: skip link, then the item links come first in each queue row.
        await keys.TabToAsync("a.skip[href='#main']");
        await keys.PressAsync("Enter");
        await keys.TabToAsync($"#needs-review a[href='/umbraco/content/{key}']");
        await keys.FollowAsync("Enter", $"/umbraco/content/{key}");

        // Item page: "Skoči na dejanja" leads to "Uredi".
        await keys.TabToAsync("a.skip[href='#item-actions']");
        await keys.PressAsync("Enter");
        await keys.TabToAsync("#edit-link");
        await keys.FollowAsync("Enter", "/edit");

        // Editor: "Skoči na dejanja", back one stop to the tab list (one stop), arrows to Nastavitve, into the tab.
        await keys.TabToAsync("a.skip[href='#editor-actions']");
        await keys.PressAsync("Enter");
        await keys.TabToAsync("nav.tabs a", shift: true);
        await keys.ArrowToAsync("nav.tabs a[href='#tab-settings']");
        await keys.PressAsync("Enter");
        await keys.TabToAsync("#fld-f-lastReviewed");

        // Eight digits as the review typed; a date whose day and month are equal reads the same whichever order the
        // browser's date field uses (Debian's Chromium ignores the context's locale there).
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Ljubljana"));
        while (date.Day != date.Month)
        {
            date = date.AddDays(-1);
        }

        await keys.TypeAsync(date.ToString("ddMMyyyy", CultureInfo.InvariantCulture));
        Assert.StartsWith(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await page.InputValueAsync("#fld-f-lastReviewed"), StringComparison.Ordinal);

        // From the end of the tab back to the actions, and publish: the answer's message takes the focus.
        await keys.TabToAsync("#tab-settings a.to-actions");
        await keys.PressAsync("Enter");
        await keys.TabToAsync("#publish");
        await keys.PressAsync("Enter", navigates: true);
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'message'");
        await Assertions.Expect(page.Locator("#message")).ToHaveTextAsync("Shranjeno in objavljeno.");
        Assert.StartsWith(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await page.InputValueAsync("#fld-f-lastReviewed"), StringComparison.Ordinal);

        output.WriteLine($"Keyboard-only task (row {index + 1} of the queue): {keys.Count} key presses ({keys.Route}); the review counted 157.");
        Assert.True(keys.Count <= MostKeyPresses, $"{keys.Count} key presses: {keys.Route}");
    }

    internal static async Task SetLanguageAsync(IPage page, string language)
    {
        await page.GotoAsync("/umbraco/account/language");
        await page.GetByLabel(language).CheckAsync();
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("saved=", StringComparison.Ordinal));
    }

    /// <summary>Presses keys one at a time, counts each, and checks where the focus went.</summary>
    internal sealed class KeyCounter(IPage page)
    {
        private const int MostPerStep = 150;

        private readonly List<string> _steps = [];

        public int Count { get; private set; }

        public string Route => string.Join(", ", _steps);

        /// <summary>One key; unless it loads a page, the focus must be on an element afterwards, never on body.</summary>
        public async Task PressAsync(string key, bool navigates = false)
        {
            await page.Keyboard.PressAsync(key);
            Count++;
            _steps.Add(key);
            if (!navigates)
            {
                await AssertNotOnBodyAsync(key);
            }
        }

        /// <summary>A key that follows a link: waits for the new page's address.</summary>
        public async Task FollowAsync(string key, string urlPart)
        {
            var before = page.Url;
            await PressAsync(key, navigates: true);
            await page.UntilUrlAsync(url => url != before && url.Contains(urlPart, StringComparison.Ordinal));
        }

        public async Task TypeAsync(string text)
        {
            foreach (var c in text)
            {
                await page.Keyboard.PressAsync(c.ToString());
            }

            Count += text.Length;
            _steps.Add($"type {text}");
            await AssertNotOnBodyAsync(text);
        }

        public Task TabToAsync(string selector, bool shift = false) => MoveToAsync(selector, shift ? "Shift+Tab" : "Tab");

        public Task ArrowToAsync(string selector) => MoveToAsync(selector, "ArrowRight");

        private async Task MoveToAsync(string selector, string key)
        {
            var presses = 0;
            while (!await IsFocusedAsync(selector))
            {
                Assert.True(presses < MostPerStep, $"{key} never reached {selector}; so far: {Route}");
                await page.Keyboard.PressAsync(key);
                presses++;
            }

            Count += presses;
            _steps.Add($"{presses}×{key}");
            await AssertNotOnBodyAsync(key);
        }

        private Task<bool> IsFocusedAsync(string selector) =>
            page.EvaluateAsync<bool>("s => !!document.activeElement && document.activeElement.matches(s)", selector);

        private async Task AssertNotOnBodyAsync(string after)
        {
            var tag = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.tagName : 'NONE'");
            Assert.True(tag is not "BODY" and not "NONE", $"focus on {tag} after {after}: {Route}");
        }
    }
}
