using System.Text.Json;
using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>"Predlagaj popravek" in the browser: axe on every state at 320 and 1280 px in both languages, without JavaScript, and the inbox it reaches.</summary>
public sealed class CorrectionBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private const string Organisation = "/sl/organizacije/pisarna-lokalne-blaginje/";

    public static TheoryData<string, string, int> States()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var state in new[] { "form", "errors", "sent" })
        {
            foreach (var language in new[] { "sl", "en" })
            {
                foreach (var width in new[] { 320, 1280 })
                {
                    data.Add(state, language, width);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(States))]
    public async Task No_axe_violations(string state, string language, int width)
    {
        await using var context = await browser.NewContextAsync(width, width < 600 ? 740 : 900, bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Organisation);
        await page.Locator("a.suggest-correction").ClickAsync();
        if (language == "en")
        {
            await page.Locator("nav.languages a[hreflang=en]").ClickAsync();
        }

        await Assertions.Expect(page.Locator(".correction-form")).ToBeVisibleAsync();
        if (state != "form")
        {
            if (state == "sent")
            {
                await page.Locator("#text").FillAsync("Telefonska številka v glavi ne velja več.");
            }

            await page.Locator(".correction-form button[type=submit]").ClickAsync();
            await Assertions.Expect(page.Locator(state == "sent" ? ".confirmation" : ".error-summary")).ToBeVisibleAsync();
        }

        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Browser.AxeScript });
        var violations = (await page.EvaluateAsync<JsonElement>(AccessibilityTests.RunAxe)).EnumerateArray().Select(v => v.GetString()).ToArray();
        Assert.True(violations.Length == 0, string.Join(Environment.NewLine, violations));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
    }

    [Fact]
    public async Task Without_javascript_a_suggestion_from_a_service_page_is_corrected_after_an_error_and_confirmed_without_cookies()
    {
        await using var context = await browser.NewContextAsync(360, 740, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sl/iskanje/?q=" + Uri.EscapeDataString("Pomoč družini na domu"));
        await page.Locator(".results a", new() { HasTextString = "Pomoč družini na domu" }).First.ClickAsync();
        await page.Locator("a.suggest-correction").ClickAsync();
        await Assertions.Expect(page.Locator(".callback-about")).ToContainTextAsync("Pomoč družini na domu");

        // An address without the consent: the summary comes first and has focus, the input stays.
        await page.Locator("#text").FillAsync("Uradne ure so se spremenile.");
        await page.Locator("#email").FillAsync("brskalnik@primer.si");
        await page.Locator(".correction-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#text")).ToHaveValueAsync("Uradne ure so se spremenile.");
        await Assertions.Expect(page.Locator("#consent")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.Locator("#consent").CheckAsync();
        await page.Locator(".correction-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Hvala za vaš predlog");
        await page.Locator(".correction a", new() { HasTextString = "Pomoč družini na domu" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Pomoč družini na domu");
        Assert.Empty(await context.CookiesAsync());
    }

    [Fact]
    public async Task The_inbox_lists_the_suggestion_and_accepting_it_shows_the_note_in_the_editor_without_axe_violations()
    {
        const string Text = "Brskalnikov predlog: naslov se je spremenil.";
        await using (var visitor = await browser.NewContextAsync(javaScript: false))
        {
            var site = await visitor.NewPageAsync();
            await site.GotoAsync(Organisation);
            await site.Locator("a.suggest-correction").ClickAsync();
            await site.Locator("#text").FillAsync(Text);
            await site.Locator(".correction-form button[type=submit]").ClickAsync();
            await Assertions.Expect(site.Locator("h1")).ToHaveTextAsync("Hvala za vaš predlog");
        }

        await using var context = await browser.NewContextAsync(1280, 900, bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync("/umbraco/corrections");
        var row = page.Locator("#corrections tbody tr", new() { HasTextString = Text });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await AxeAtBothWidthsAsync(page);

        await row.Locator("a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#correction-text")).ToHaveTextAsync(Text);
        await AxeAtBothWidthsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sprejmi in uredi vnos" }).ClickAsync();
        await Assertions.Expect(page.Locator("#corrections")).ToContainTextAsync(Text);
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.Locator("#corrections .correction-note", new() { HasTextString = Text }).GetByRole(AriaRole.Button, new() { Name = "Označi kot urejeno" }).ClickAsync();
        await Assertions.Expect(page.Locator("#corrections .correction-note", new() { HasTextString = Text })).ToHaveCountAsync(0);
    }

    private static async Task AxeAtBothWidthsAsync(IPage page)
    {
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.SetViewportSizeAsync(320, 900);
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.SetViewportSizeAsync(1280, 900);
    }
}
