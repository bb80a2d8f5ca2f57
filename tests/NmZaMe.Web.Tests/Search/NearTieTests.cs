using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Search;

namespace NmZaMe.Web.Tests.Search;

/// <summary>
/// Results whose scores are within 2 % of each other are put in order by what the person typed and the lexicon entry's
/// own catalogue term, not by their names' alphabetical order (queries worded like a relative asking, not from the
/// judged sets).
/// </summary>
public sealed class NearTieTests
{
    [Fact]
    public async Task A_day_centre_for_dementia_comes_before_a_day_room_that_scores_the_same()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var search = app.Services.GetRequiredService<ISearchService>();
        var hits = search.Search(new SearchQuery("dnevni center za mamo z demenco", "sl-SI", Take: 5)).Hits;
        var names = hits.Select(h => h.Content.Name("sl-SI")).ToList();
        var ajda = names.IndexOf("Dnevni center Ajda");
        var room = names.IndexOf("Dnevna soba Karitas");
        // Alphabetically the day room ("dnevna") would come first; the typed "demenco" and "center" say the day centre.
        var shown = string.Join(" | ", hits.Select(h => $"{h.Content.Name("sl-SI")} {h.Score}"));
        Assert.True(ajda == 0, shown);
        Assert.True(room > 0 && hits[room].Score >= 0.98 * hits[ajda].Score, shown);
    }

    [Fact]
    public async Task A_settled_tie_is_the_same_on_a_longer_page()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var search = app.Services.GetRequiredService<ISearchService>();
        var hits = search.Search(new SearchQuery("dnevni center za mamo z demenco", "sl-SI", Take: 10)).Hits;
        var all = search.Search(new SearchQuery("dnevni center za mamo z demenco", "sl-SI", Take: 20)).Hits;
        // Only the first results' ties are settled: a page of ten is the start of a page of twenty.
        Assert.Equal(hits.Select(h => h.Content.Key), all.Take(10).Select(h => h.Content.Key));
    }
}
