using System.Text.Json;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class EmailAddressEditorTests
{
    private static readonly EmailAddressEditor Editor = new();
    private static readonly Schema.DataType Email = TestSchema.DataType("Email address");

    [Theory]
    [InlineData("info@novomesto.si", "info@novomesto.si")]
    [InlineData("  tajnistvo@dso-nm.si ", "tajnistvo@dso-nm.si")]
    [InlineData("ime.priimek+obvestila@gov.si", "ime.priimek+obvestila@gov.si")]
    public void Normalise_accepts_and_trims_an_address(string raw, string expected) =>
        Editor.Normalise(raw, Email).AssertValue(expected);

    [Theory]
    [InlineData("info")]
    [InlineData("info@novomesto")]
    [InlineData("@novomesto.si")]
    [InlineData("info@@novomesto.si")]
    [InlineData("info novomesto@si.si")]
    [InlineData("<info@novomesto.si>")]
    [InlineData("info@novomesto.s")]
    public void Normalise_rejects_what_is_not_an_address(string raw) =>
        Editor.Normalise(raw, Email).AssertError("editor.notEmail");

    [Fact]
    public void Normalise_rejects_an_address_longer_than_254_characters() =>
        Editor.Normalise(new string('a', 250) + "@x.si", Email).AssertError("editor.notEmail");

    [Fact]
    public void Normalise_stores_nothing_for_empty_input() =>
        Editor.Normalise("", Email).AssertValue(null);

    [Fact]
    public void Delivery_writes_the_address_as_a_string() =>
        Assert.Equal("info@novomesto.si", Editor.Deliver("info@novomesto.si", Email).GetString());

    [Fact]
    public void Delivery_writes_null_for_no_value() =>
        Assert.Equal(JsonValueKind.Null, Editor.Deliver(null, Email).ValueKind);
}
