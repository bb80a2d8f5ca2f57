using System.Net;

namespace NmZaMe.Web.Tests.Site;

/// <summary>The browser's language at the door, and an English search that still finds Slovenian content.</summary>
public sealed class LanguageTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    [Theory]
    [InlineData(null, "/sl/")]
    [InlineData("sl-SI,sl;q=0.9,en;q=0.8", "/sl/")]
    [InlineData("en-GB,en;q=0.9,sl;q=0.5", "/en/")]
    [InlineData("en-US", "/en/")]
    [InlineData("de-DE,de;q=0.9,en;q=0.4", "/en/")]
    [InlineData("de-DE", "/sl/")]
    [InlineData("sl;q=0.2,en;q=0.8", "/en/")]
    [InlineData("en;q=0,sl;q=0.1", "/sl/")]
    [InlineData("EN", "/en/")]
    [InlineData("en, sl", "/en/")]
    [InlineData("sl, en", "/sl/")]
    [InlineData("english", "/sl/")]
    [InlineData("*", "/sl/")]
    [InlineData("en;q=nonsense,,;;", "/sl/")]
    public async Task Root_sends_the_browser_to_the_language_it_prefers(string? acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await seed.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task Root_answers_each_language_after_the_other_although_pages_are_cached()
    {
        foreach (var (header, expected) in new[] { ("en", "/en/"), ("sl", "/sl/"), ("en", "/en/") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.TryAddWithoutValidation("Accept-Language", header);
            using var response = await seed.Client.SendAsync(request);
            Assert.Equal(expected, response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task English_search_with_only_slovenian_words_shows_the_english_pages_of_the_items_that_say_them_in_slovenian()
    {
        var html = await seed.GetHtmlAsync("/en/search/?q=" + Uri.EscapeDataString(SlovenianOnlyQuery));

        // Each item has both cultures: the English reader gets the English page of the item whose Slovenian text has the words.
        Assert.Matches("<h3[^>]*><a href=\"/en/[^\"]+\">", html);
        Assert.DoesNotContain("No English results", html, StringComparison.Ordinal);
        Assert.DoesNotContain("We found nothing for this search.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_search_with_English_results_does_not_fall_back()
    {
        var html = await seed.GetHtmlAsync("/en/search/?q=violence");

        Assert.DoesNotContain("No English results", html, StringComparison.Ordinal);
        // Only the results: the footer's office contact may still be Slovenian (marked lang="sl") until it is translated.
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        Assert.DoesNotContain("lang=\"sl\">", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_that_finds_nothing_in_either_language_says_so_in_English()
    {
        var html = await seed.GetHtmlAsync("/en/search/?q=qqxzv");

        Assert.Contains("We found nothing for this search.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No English results", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sl/iskanje/?q=nasilje+doma", "nasilje")]
    [InlineData("/en/search/?q=domestic+violence", "violence")]
    public async Task The_browser_title_of_a_search_never_carries_the_query(string url, string word)
    {
        var html = await seed.GetHtmlAsync(url);

        var title = System.Text.RegularExpressions.Regex.Match(html, "<title>([^<]*)</title>").Groups[1].Value;
        Assert.NotEmpty(title);
        Assert.DoesNotContain(word, title, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("<h1[ >]", html);
    }

    /// <summary>Slovenian words with no English counterpart in the English index nor in the search lexicon (from the
    /// legal-aid service's Slovenian text; its name, "brezplačna pravna pomoč", the lexicon now answers in English).</summary>
    private const string SlovenianOnlyQuery = "izvršilnih zadevah";
}
