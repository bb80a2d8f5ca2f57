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

    // An age or a span after a number says how old or how long, not what is needed: "7 let" had to match "šolskega leta".
    [Theory]
    [InlineData("hči ima 9 let in v šoli ji ne gre", "let")]
    [InlineData("moj 16 letni sin ne hodi v šolo", "letni")]
    [InlineData("v 30 dneh se moramo izseliti", "dneh")]
    public void A_span_of_time_after_a_number_only_lifts_results(string query, string word)
    {
        var plan = QueryPlan.Create(query, "sl-SI", LayLexicon.Empty, 10);
        Assert.Equal(WordRole.Weak, plan.Roles[plan.Words.FindIndex(w => w.Folded == word)]);
    }

    [Fact]
    public void A_year_without_a_number_stays_content()
    {
        var plan = QueryPlan.Create("pomoč za začetek šolskega leta", "sl-SI", LayLexicon.Empty, 10);
        Assert.Equal(WordRole.Content, plan.Roles[plan.Words.FindIndex(w => w.Folded == "leta")]);
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
