using System.Text.Json;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class DropDownFlexibleEditorTests
{
    private static readonly DropDownFlexibleEditor Editor = new();
    private static readonly Schema.DataType Cost = TestSchema.DataType("Cost");
    private static readonly Schema.DataType CostMultiple = Cost.WithConfig("multiple", true);

    [Theory]
    [InlineData("[\"brezplačno\"]", "[\"brezplačno\"]")]
    [InlineData("brezplačno", "[\"brezplačno\"]")]
    [InlineData(" delno plačljivo ", "[\"delno plačljivo\"]")]
    public void Normalise_stores_the_chosen_item_as_a_one_element_array(string raw, string expected) =>
        Editor.Normalise(raw, Cost).AssertValue(expected);

    [Fact]
    public void Normalise_rejects_two_items_in_single_mode() =>
        Editor.Normalise("[\"brezplačno\",\"plačljivo\"]", Cost).AssertError("editor.onlyOneValue");

    [Fact]
    public void Normalise_accepts_several_items_when_multiple_is_configured() =>
        Editor.Normalise("[\"brezplačno\",\"plačljivo\"]", CostMultiple).AssertValue("[\"brezplačno\",\"plačljivo\"]");

    [Fact]
    public void Normalise_rejects_an_item_that_is_not_configured() =>
        Editor.Normalise("[\"zastonj\"]", Cost).AssertError("editor.notAllowedValue(zastonj, brezplačno, delno plačljivo, plačljivo)");

    [Fact]
    public void Normalise_stores_nothing_for_empty_input() =>
        Editor.Normalise("", Cost).AssertValue(null);

    [Fact]
    public void Delivery_in_single_mode_writes_a_string()
    {
        var json = Editor.Deliver("[\"brezplačno\"]", Cost);

        Assert.Equal(JsonValueKind.String, json.ValueKind);
        Assert.Equal("brezplačno", json.GetString());
    }

    [Fact]
    public void Delivery_in_single_mode_writes_null_when_nothing_is_chosen() =>
        Assert.Equal(JsonValueKind.Null, Editor.Deliver(null, Cost).ValueKind);

    [Fact]
    public void Delivery_in_multiple_mode_writes_an_array()
    {
        var json = Editor.Deliver("[\"brezplačno\",\"plačljivo\"]", CostMultiple);

        Assert.Equal(["brezplačno", "plačljivo"], json.Strings());
    }

    [Fact]
    public void Delivery_in_multiple_mode_writes_an_array_even_for_one_item() =>
        Assert.Equal(["plačljivo"], Editor.Deliver("[\"plačljivo\"]", CostMultiple).Strings());
}
