namespace NmZaMe.Web.Tests.Site;

/// <summary>
/// The seed is written in both languages: no English page of the catalogue falls back to Slovenian text, so a reader
/// of the English site gets what a service is, who it is for and how to apply in English.
/// </summary>
public sealed class EnglishContentTests(SeedApplication seed) : IClassFixture<SeedApplication>
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
        foreach (var route in pages)
        {
            var html = await seed.GetHtmlAsync("/en" + route);
            if (html.Contains("class=\"untranslated\"", StringComparison.Ordinal))
            {
                untranslated.Add(route);
            }
        }

        Assert.Empty(untranslated);
    }
}
