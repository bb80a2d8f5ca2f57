using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>"Pokličite me" in the browser: axe on every state at 320 and 1280 px in both languages, without JavaScript, with the keyboard only.</summary>
public sealed class CallBackBrowserTests(Browser browser) : IClassFixture<Browser>
{
    public static TheoryData<string, string, int> States()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var state in new[] { "form", "errors", "sent", "privacy" })
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
        var form = language == "sl" ? "/sl/poklicite-me" : "/en/call-me-back";
        switch (state)
        {
            case "form":
                await page.GotoAsync(form);
                break;
            case "errors":
                await page.GotoAsync(form);
                await page.Locator(".callback-form button[type=submit]").ClickAsync();
                await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
                break;
            case "sent":
                await page.GotoAsync(form + (language == "sl" ? "/poslano" : "/sent"));
                break;
            default:
                await page.GotoAsync(form + (language == "sl" ? "/zasebnost" : "/privacy"));
                break;
        }

        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Browser.AxeScript });
        var violations = (await page.EvaluateAsync<JsonElement>(AccessibilityTests.RunAxe)).EnumerateArray().Select(v => v.GetString()).ToArray();
        Assert.True(violations.Length == 0, string.Join(Environment.NewLine, violations));
        // Reflow: nothing wider than the screen at 320 px (WCAG 1.4.10).
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
    }

    [Theory]
    [InlineData("sl", "Pomoč družini na domu", "Pomoč družini na domu", "Prošnjo smo prejeli")]
    [InlineData("en", "Pomoč družini na domu", "Home help", "We have your request")]
    public async Task Without_javascript_a_request_from_a_service_page_is_sent_and_confirmed(string language, string service, string shownAs, string confirmation)
    {
        await using var context = await browser.NewContextAsync(360, 740, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sl/iskanje/?q=" + Uri.EscapeDataString(service));
        await page.Locator(".results a", new() { HasTextString = service }).First.ClickAsync();
        if (language == "en")
        {
            await page.Locator("nav.languages a[hreflang=en]").ClickAsync();
        }

        await page.Locator(".callback-cta a").ClickAsync();
        await Assertions.Expect(page.Locator(".callback-about")).ToContainTextAsync(shownAs);

        // First without the required fields: the summary comes first and has focus, the input stays.
        await page.Locator("#note").FillAsync("Ne znam izpolniti vloge.");
        await page.Locator(".callback-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#note")).ToHaveValueAsync("Ne znam izpolniti vloge.");
        await Assertions.Expect(page.Locator(".callback-about")).ToContainTextAsync(shownAs);

        await page.Locator("#contact").FillAsync("07 000 0000");
        await page.Locator("#consent").CheckAsync();
        await page.Locator(".callback-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(confirmation);
        await Assertions.Expect(page.Locator("a[href='tel:112']").First).ToBeVisibleAsync();
        Assert.Empty(await context.CookiesAsync());
    }

    [Fact]
    public async Task With_the_keyboard_only_every_field_is_reached_in_order_the_trap_never_and_the_request_is_sent()
    {
        await using var context = await browser.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sl/poklicite-me");

        for (var i = 0; i < 60 && await ActiveId(page) != "contact"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("contact", await ActiveId(page));
        await page.Keyboard.TypeAsync("ana@primer.si");
        var order = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            order.Add(await ActiveId(page) is { Length: > 0 } id ? id : await page.EvaluateAsync<string>("() => document.activeElement.tagName.toLowerCase()"));
            if (order[^1] == "consent")
            {
                await page.Keyboard.PressAsync("Space");
            }
        }

        Assert.Equal(["firstName", "reachable", "language", "note", "a", "consent", "button"], order);
        Assert.DoesNotContain("website", order);
        await page.Keyboard.PressAsync("Enter");

        await page.UntilUrlAsync(new Regex("/sl/poklicite-me/poslano$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Prošnjo smo prejeli");
    }

    private static Task<string> ActiveId(IPage page) => page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''");
}
