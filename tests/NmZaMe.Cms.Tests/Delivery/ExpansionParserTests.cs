using NmZaMe.Cms.Delivery;

namespace NmZaMe.Cms.Tests.Delivery;

public class ExpansionParserTests
{
    [Fact]
    public void All_properties_sets_all()
    {
        var expansion = ExpansionParser.Parse("properties[$all]");

        Assert.NotNull(expansion);
        Assert.True(expansion.All);
        Assert.True(expansion.Includes("anything"));
    }

    [Fact]
    public void A_list_names_exactly_those_properties()
    {
        var expansion = ExpansionParser.Parse("properties[officeContact,lifeChallenges]");

        Assert.NotNull(expansion);
        Assert.False(expansion.All);
        Assert.Equal(["lifeChallenges", "officeContact"], expansion.Properties.Keys.Order(StringComparer.Ordinal));
        Assert.True(expansion.Includes("officeContact"));
        Assert.False(expansion.Includes("summary"));
        Assert.Null(expansion.Nested("officeContact"));
    }

    [Fact]
    public void Nesting_gives_each_property_its_own_selection()
    {
        var expansion = ExpansionParser.Parse("properties[contacts[properties[phone,email]],summary]");

        Assert.NotNull(expansion);
        var nested = expansion.Nested("contacts");
        Assert.NotNull(nested);
        Assert.True(nested.Includes("phone"));
        Assert.True(nested.Includes("email"));
        Assert.False(nested.Includes("label"));
        Assert.Null(expansion.Nested("summary"));
    }

    [Fact]
    public void Deep_nesting_is_followed()
    {
        var expansion = ExpansionParser.Parse("properties[locations[properties[openingHours[properties[$all]]]]]");

        Assert.True(expansion?.Nested("locations")?.Nested("openingHours")?.All);
    }

    [Fact]
    public void All_with_a_nested_selection_applies_it_to_every_property()
    {
        var expansion = ExpansionParser.Parse("properties[$all[properties[name]]]");

        Assert.NotNull(expansion);
        Assert.True(expansion.All);
        Assert.True(expansion.Nested("officeContact")?.Includes("name"));
        Assert.False(expansion.Nested("officeContact")?.Includes("summary"));
    }

    [Fact]
    public void Spaces_are_ignored() =>
        Assert.True(ExpansionParser.Parse(" properties[ a , b [ properties[ c ] ] ] ")?.Nested("b")?.Includes("c"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("properties")]
    [InlineData("properties[")]
    [InlineData("properties[]")]
    [InlineData("properties[a")]
    [InlineData("properties[a,]")]
    [InlineData("properties[,a]")]
    [InlineData("properties[a]]")]
    [InlineData("properties[a]x")]
    [InlineData("properties[a[b]]")]
    [InlineData("properties[a[properties[b]]")]
    [InlineData("props[a]")]
    [InlineData("PROPERTIES[a]")]
    [InlineData("[a]")]
    [InlineData("all")]
    [InlineData("property:officeContact")]
    public void Malformed_input_gives_null(string? text) =>
        Assert.Null(ExpansionParser.Parse(text));

    [Fact]
    public void Nesting_deeper_than_the_limit_gives_null()
    {
        var text = string.Concat(Enumerable.Repeat("properties[a[", 20)) + "properties[b]" + new string(']', 40);

        Assert.Null(ExpansionParser.Parse(text));
    }

    [Theory]
    [InlineData(10_000, 'a')]
    [InlineData(10_000, '[')]
    [InlineData(10_000, ']')]
    [InlineData(10_000, ',')]
    public void Ten_thousand_characters_give_null_without_throwing(int length, char fill)
    {
        var text = "properties[" + new string(fill, length) + "]";

        Assert.Null(ExpansionParser.Parse(text));
    }

    [Fact]
    public void Ten_thousand_nested_brackets_give_null_without_throwing()
    {
        var text = string.Concat(Enumerable.Repeat("properties[a[", 1000));

        Assert.Null(ExpansionParser.Parse(text));
    }

    [Theory]
    [InlineData("properties[čšž,ŽAREK]")]
    [InlineData("properties[\u0000]")]
    [InlineData("properties[\ud800]")]
    [InlineData("properties[😀[properties[🏳️‍🌈]]]")]
    [InlineData("properties[a\u200Bb]")]
    [InlineData("properties\uFF3Ba\uFF3D")]
    [InlineData("properties[\u202Ea]")]
    public void Odd_unicode_never_throws(string text)
    {
        var exception = Record.Exception(() => ExpansionParser.Parse(text));

        Assert.Null(exception);
    }

    [Fact]
    public void Unicode_property_names_are_kept_as_they_are() =>
        Assert.True(ExpansionParser.Parse("properties[čšž]")?.Includes("čšž"));
}
