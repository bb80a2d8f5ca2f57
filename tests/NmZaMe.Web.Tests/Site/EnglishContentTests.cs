using System.Text.RegularExpressions;

namespace NmZaMe.Web.Tests.Site;

/// <summary>
/// The seed is written in both languages: no English page of the catalogue falls back to Slovenian text, so a reader
/// of the English site gets what a service is, who it is for and how to apply in English.
/// </summary>
public sealed partial class EnglishContentTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    [Fact]
    public async Task No_English_page_of_the_seed_shows_Slovenian_text_in_place_of_English()
    {
        var snapshot = seed.App.Snapshot;
        var pages = snapshot.All
            .Where(c => c.ContentType.Alias is "service" or "organisation" or "lifeChallenge" or "textPage" or "newsArticle")
            .Select(c => snapshot.Route(c, "en-US"))
            .OfType<string>()
            .ToList();
        Assert.True(pages.Count >= 190, $"only {pages.Count} English pages");

        var untranslated = new List<string>();
        var slovenianContactTexts = new List<string>();
        foreach (var route in pages)
        {
            var html = await seed.GetHtmlAsync("/en" + route);
            if (html.Contains("class=\"untranslated\"", StringComparison.Ordinal))
            {
                untranslated.Add(route);
            }

            // Contact labels and notes, hours notes and location names fall back to Slovenian one by one, marked lang="sl".
            slovenianContactTexts.AddRange(SlovenianBlockText().Matches(html).Select(m => $"{route}: {m.Groups["text"].Value}"));
        }

        Assert.Empty(untranslated);
        Assert.Empty(slovenianContactTexts);
    }

    [GeneratedRegex("class=\"(contact-label|contact-note|hours-note|location-name)\" lang=\"sl\">(?<text>[^<]*)<")]
    private static partial Regex SlovenianBlockText();
}
