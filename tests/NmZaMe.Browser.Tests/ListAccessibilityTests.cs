using System.Text.Json;
using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA) on the pages that list and collect services, in the states people reach them in
/// (a kind of help chosen, page 2, services on the list), at 320, 360 and 1280 px, in both languages.
/// </summary>
public sealed class ListAccessibilityTests(Browser browser) : IClassFixture<Browser>
{
    public static TheoryData<string, string, int> Pages()
    {
        string[] pages =
        [
            "/sl/?list=ef0433a53b81", "/sl/zivljenjske-situacije/", "/sl/zivljenjske-situacije/starost-in-oskrba/?page=2&list=ef0433a53b81",
            "/sl/zivljenjske-situacije/starost-in-oskrba/?topic=podpora%20svojcem&group=svojci", "/sl/organizacije/?list=ef0433a53b81",
            "/sl/iskanje/?q=pomoc+na+domu&page=2&list=ef0433a53b81", "/sl/iskanje/?q=qqxzv",
            "/sl/moj-seznam/?list=ef0433a53b81.f2b41f699a42", "/sl/moj-seznam/",
        ];
        var data = new TheoryData<string, string, int>();
        foreach (var page in pages)
        {
            foreach (var language in new[] { "sl", "en" })
            {
                foreach (var width in new[] { 320, 360, 1280 })
                {
                    data.Add(page, language, width);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_axe_violations(string slovenianPath, string language, int width)
    {
        await using var context = await browser.NewContextAsync(width, width < 600 ? 740 : 900, bypassCsp: true);
        var page = await context.NewPageAsync();
        await ReflowAndHeadingsTests.Open(page, slovenianPath, language);

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Browser.AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>(AccessibilityTests.RunAxe);

        var found = violations.EnumerateArray().Select(v => v.GetString()).ToArray();
        Assert.True(found.Length == 0, $"{page.Url} at {width}px:\n" + string.Join("\n", found));
    }
}
