using System.Net;

namespace NmZaMe.Web.Tests.Search;

/// <summary>Teenagers' spelling, Croatian, Bosnian and Serbian words and English texting forms find what the catalogue's own words find.</summary>
public sealed class HowPeopleTypeTests
{
    [Theory]
    [InlineData("/sl/iskanje/?q=nemorem+vec+kuhati", "/sl/iskanje/?q=ne+morem+vec+kuhati")]
    [InlineData("/sl/iskanje/?q=pomoooc+na+domu", "/sl/iskanje/?q=pomoc+na+domu")]
    [InlineData("/sl/iskanje/?q=tuma%C4%8D", "/sl/iskanje/?q=tolma%C4%8D")]
    [InlineData("/sl/iskanje/?q=lije%C4%8Dnik", "/sl/iskanje/?q=zdravnik")]
    [InlineData("/sl/iskanje/?q=beskucnik", "/sl/iskanje/?q=brezdomec")]
    [InlineData("/en/search/?q=counseling", "/en/search/?q=counselling")]
    // BCS "sad" is "now", not the English word: "šta sad" asks what to do next, it is no sadness.
    [InlineData("/sl/iskanje/?q=izgubio+sam+posao+%C5%A1ta+sad", "/sl/iskanje/?q=izgubio+sam+posao")]
    [InlineData("/sl/iskanje/?q=nemam+stan+sta+sad", "/sl/iskanje/?q=nemam+stan")]
    public async Task A_form_people_type_finds_what_the_catalogue_word_finds(string typed, string written)
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var asTyped = SearchUnderstandingTests.Results(WebUtility.HtmlDecode(await client.GetStringAsync(typed)));
        var asWritten = SearchUnderstandingTests.Results(WebUtility.HtmlDecode(await client.GetStringAsync(written)));

        Assert.NotEmpty(asWritten);
        Assert.Equal(asWritten.Take(3), asTyped.Take(3));
    }

    [Fact]
    public async Task An_english_singular_finds_the_irregular_plural_of_the_catalogue()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var child = SearchUnderstandingTests.Results(WebUtility.HtmlDecode(await client.GetStringAsync("/en/search/?q=child+psychological+counselling")));

        Assert.Equal("Psychological counselling for children and adolescents", child.FirstOrDefault());
    }

    [Fact]
    public async Task A_life_situation_page_that_mentions_every_word_only_in_passing_does_not_come_before_the_services()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var results = SearchUnderstandingTests.Results(WebUtility.HtmlDecode(await client.GetStringAsync("/sl/iskanje/?q=kdo+mi+prinese+zdravila+iz+lekarne")));

        Assert.NotEmpty(results);
        Assert.NotEqual("Starost in oskrba", results[0]);
        Assert.Contains(results[0], new[] { "Pomoč družini na domu – socialna oskrba na domu", "Rudi – brezplačni prevozi za starejše in gibalno ovirane", "Brezplačni prevozi Rudi s prostovoljnimi vozniki" });
    }
}
