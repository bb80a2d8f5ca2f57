using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Cms.Tests.Search;

public sealed class QueryPlanTests
{
    [Theory]
    [InlineData("zbolel sem in ne morem delati že tri mesece", "ne")]
    [InlineData("oče ima 91 let in živi na kmetiji", "91")]
    [InlineData("za ogrevanje sem dobila račun za 320 eur", "320")]
    [InlineData("v službi me ne marajo", "ne")]
    public void A_negation_or_a_number_outside_a_lexicon_phrase_only_lifts_results(string query, string word)
    {
        var plan = QueryPlan.Create(query, "sl-SI", LayLexicon.Empty, 10);
        var at = plan.Words.FindIndex(w => w.Folded == word);
        Assert.True(at >= 0, string.Join(" ", plan.Words.Select(w => w.Folded)));
        Assert.Equal(WordRole.Weak, plan.Roles[at]);
    }

    [Theory]
    [InlineData("za ogrevanje sem dobila račun za 320 eur", "eur")]
    public void The_unit_of_an_amount_only_lifts_results(string query, string word)
    {
        var plan = QueryPlan.Create(query, "sl-SI", LayLexicon.Empty, 10);
        Assert.Equal(WordRole.Weak, plan.Roles[plan.Words.FindIndex(w => w.Folded == word)]);
    }

    [Fact]
    public void Ves_cas_is_filler()
    {
        var plan = QueryPlan.Create("sosedov pes ves čas laja", "sl-SI", LayLexicon.Empty, 10);
        Assert.DoesNotContain(plan.Words, w => w.Folded is "ves" or "cas");
    }

    [Fact]
    public void Words_that_carry_the_need_stay_content()
    {
        var plan = QueryPlan.Create("zbolel sem in ne morem delati", "sl-SI", LayLexicon.Empty, 10);
        Assert.Equal(WordRole.Content, plan.Roles[plan.Words.FindIndex(w => w.Folded == "zbolel")]);
    }
}
