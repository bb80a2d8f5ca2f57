using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// Service, organisation and life-situation pages in a browser: a way to act under the summary even without contacts,
/// English without unmarked Slovenian, axe at 320, 360 and 1280 px in both languages, and reflow at 320 px.
/// </summary>
public sealed class NextStepBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private PublishedSnapshot Snapshot => browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current;

    /// <summary>A service neither it nor its provider can be reached through: the office's block must stand in.</summary>
    private PublishedContent ServiceWithoutContacts => Snapshot.All.First(c => c.ContentType.Alias == "service"
        && !ContactChannels.HasOwn(c, false) && Snapshot.Get(c.ParentKey!.Value) is { } p && !ContactChannels.HasOwn(p, false));

    private string Url(PublishedContent content, string language) =>
        "/" + language + Snapshot.Route(content, language == "sl" ? "sl-SI" : "en-US");

    [Theory]
    [InlineData("sl")]
    [InlineData("en")]
    public async Task A_service_without_contacts_offers_the_office_right_under_its_summary(string language)
    {
        await using var context = await browser.NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(ServiceWithoutContacts, language));

        var box = page.Locator("section.next-step-office");
        await Assertions.Expect(box).ToBeVisibleAsync();
        await Assertions.Expect(box.Locator("a[href^='tel:']").First).ToBeVisibleAsync();
        var lead = await page.Locator(".lead").BoundingBoxAsync();
        var step = await box.BoundingBoxAsync();
        var text = await page.Locator(".rich-text").First.BoundingBoxAsync();
        Assert.True(lead is not null && step is not null && step.Y >= lead.Y + lead.Height - 1, "the box is below the summary");
        Assert.True(text is null || text.Y > step!.Y, "the box comes before the long text");
        Assert.True(step!.Y < 1200, $"the box starts at y={step.Y} on a phone");
    }

    [Fact]
    public async Task The_English_service_page_has_no_Slovenian_text_outside_marked_fallbacks()
    {
        var service = Snapshot.All.First(c => c.ContentType.Alias == "service" && c.Name("sl-SI") == "Brezplačna pravna pomoč");
        var provider = Snapshot.Get(service.ParentKey!.Value)!;
        var slovenian = SlovenianTexts(service).Concat(SlovenianTexts(provider)).ToHashSet();
        await using var context = await browser.NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(service, "en"));

        var unmarked = await page.EvaluateAsync<string[]>(UnmarkedTextsOf, "body");

        Assert.NotEmpty(slovenian);
        var leaked = unmarked.Where(slovenian.Contains).ToArray();
        Assert.True(leaked.Length == 0, "Slovenian outside lang=\"sl\": " + string.Join(" | ", leaked));
        foreach (var note in await page.Locator(".untranslated").AllAsync())
        {
            Assert.Equal("sl", await note.GetAttributeAsync("lang"));
        }
    }

    /// <summary>
    /// What is Slovenian on an item: its texts whose Slovenian value differs from the English one (each text node of
    /// rich text), and the labels and notes of its blocks, which do not vary by language and are written in Slovenian.
    /// </summary>
    private static IEnumerable<string> SlovenianTexts(PublishedContent item)
    {
        foreach (var property in item.Properties.Values)
        {
            switch (property.Value("sl-SI"), property.Value("en-US"))
            {
                case (string sl, var en) when sl != en as string:
                    yield return Normalise(sl);
                    break;
                case (RichTextValue sl, var en):
                    var english = en is RichTextValue r ? TextNodes(r.Markup).ToHashSet() : [];
                    foreach (var node in TextNodes(sl.Markup).Where(n => !english.Contains(n)))
                    {
                        yield return node;
                    }

                    break;
            }

            if (property.Value(string.Empty) is BlockListValue blocks)
            {
                foreach (var text in blocks.Items.SelectMany(b => new[] { "label", "note" }.Select(a => b.Content.Value(a, string.Empty))).OfType<string>())
                {
                    yield return Normalise(text);
                }
            }
        }
    }

    private static IEnumerable<string> TextNodes(string markup)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + markup);
        var walker = document.CreateTreeWalker(document.Body!, AngleSharp.Dom.FilterSettings.Text);
        while (walker.ToNext() is { } node)
        {
            if (Normalise(node.TextContent) is { Length: >= 4 } text)
            {
                yield return text;
            }
        }
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in new[] { "office-fallback", "own-contacts", "organisation", "organisation-office", "violence", "older-age" })
        {
            foreach (var language in new[] { "sl", "en" })
            {
                foreach (var width in new[] { 320, 360, 1280 })
                {
                    data.Add(page + "|" + language, width);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_axe_violations_and_no_horizontal_scrolling(string pageAndLanguage, int width)
    {
        var (kind, language) = (pageAndLanguage.Split('|')[0], pageAndLanguage.Split('|')[1]);
        await using var context = await browser.NewContextAsync(width, width < 600 ? 740 : 900, bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(PageOf(kind, language));
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Browser.AxeScript });
        var violations = (await page.EvaluateAsync<JsonElement>(AccessibilityTests.RunAxe)).EnumerateArray().Select(v => v.GetString()).ToArray();

        Assert.True(overflow <= 0, $"{page.Url} at {width}px scrolls sideways by {overflow}px");
        Assert.True(violations.Length == 0, $"{page.Url} at {width}px:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task Screenshots_of_a_service_on_a_phone_and_of_the_violence_page()
    {
        var folder = Environment.GetEnvironmentVariable("NMZAME_SCREENSHOTS") ?? Path.Combine(Path.GetTempPath(), "nmzame-screenshots");
        Directory.CreateDirectory(folder);
        var service = Snapshot.All.First(c => c.ContentType.Alias == "service" && c.Name("sl-SI") == "Brezplačna pravna pomoč");
        await using var context = await browser.NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        foreach (var (url, name) in new[]
                 {
                     (Url(service, "sl"), "service-sl-360"), (Url(service, "en"), "service-en-360"),
                     (Url(ServiceWithoutContacts, "sl"), "service-office-sl-360"), ("/sl/zivljenjske-situacije/nasilje/", "violence-sl-360"),
                 })
        {
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            var file = Path.Combine(folder, name + ".png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 10_000, $"{file} is empty");
            // What a phone shows first, and the screen after it.
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + "-fold.png") });
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(folder, name + "-fold2.png"), FullPage = true, Clip = new Clip { X = 0, Y = 740, Width = 360, Height = 740 },
            });
        }
    }

    private string PageOf(string kind, string language)
    {
        var snapshot = Snapshot;
        var content = kind switch
        {
            "office-fallback" => ServiceWithoutContacts,
            "own-contacts" => snapshot.All.First(c => c.ContentType.Alias == "service" && c.Name("sl-SI") == "Varna hiša"),
            "organisation" => snapshot.All.First(c => c.ContentType.Alias == "organisation" && c.Name("sl-SI") == "Pisarna lokalne blaginje"),
            "organisation-office" => snapshot.All.First(c => c.ContentType.Alias == "organisation" && !ContactChannels.HasOwn(c, Address(c))),
            "violence" => snapshot.All.First(c => c.ContentType.Alias == "lifeChallenge" && c.Name("sl-SI") == "Nasilje"),
            _ => snapshot.All.First(c => c.ContentType.Alias == "lifeChallenge" && c.Name("sl-SI") == "Starost in oskrba"),
        };
        return Url(content, language);
    }

    private static bool Address(PublishedContent organisation) => organisation.Value("confidentialLocation", string.Empty) is true;

    /// <summary>Text nodes whose language, as the browser resolves it from the nearest lang attribute, is not Slovenian.</summary>
    private const string UnmarkedTextsOf = """
        selector => {
          const out = [];
          const walker = document.createTreeWalker(document.querySelector(selector), NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode;
            const lang = node.parentElement.closest('[lang]').getAttribute('lang');
            const t = node.data.replace(/\s+/g, ' ').trim();
            if (t && !lang.startsWith('sl') && !['SCRIPT', 'STYLE'].includes(node.parentElement.tagName)) out.push(t);
          }
          return out;
        }
        """;
}
