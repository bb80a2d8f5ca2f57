using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Tests.Site;

/// <summary>Back-office review B4: the public organisation page shows the logo the Delivery API already returned.</summary>
public sealed class OrganisationLogoTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    [Fact]
    public async Task B4_the_public_organisation_page_renders_its_logo_in_both_languages()
    {
        var organisation = seed.App.Snapshot.All.First(c => c.ContentType.Alias == "organisation"
            && c.Value("logo", "sl-SI") is List<MediaPickerEntry> { Count: > 0 } && seed.App.Snapshot.Route(c, "en-US") is not null);
        var media = ((List<MediaPickerEntry>)organisation.Value("logo", "sl-SI")!)[0].MediaKey;
        var url = seed.App.Snapshot.MediaUrl(media)!;

        var api = await seed.GetJsonAsync($"/umbraco/delivery/api/v2/content/item/{organisation.Key}");
        var slovenian = await seed.GetHtmlAsync("/sl" + seed.App.Snapshot.Route(organisation, "sl-SI"));
        var english = await seed.GetHtmlAsync("/en" + seed.App.Snapshot.Route(organisation, "en-US"));

        Assert.Equal(url, api.GetProperty("properties").GetProperty("logo")[0].GetProperty("url").GetString());
        Assert.Contains($"<img class=\"logo\" src=\"{url}\"", slovenian, StringComparison.Ordinal);
        Assert.Contains($"<img class=\"logo\" src=\"{url}\"", english, StringComparison.Ordinal);
        // The alt text is Slovenian (media is invariant), so the English page marks its language.
        Assert.Matches($"<img class=\"logo\" src=\"{System.Text.RegularExpressions.Regex.Escape(url)}\" alt=\"[^\"]+\" lang=\"sl\"", english);
    }
}
