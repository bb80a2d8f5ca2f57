using System.Text.Json;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class CheckBoxListEditorTests
{
    private static readonly CheckBoxListEditor Editor = new();
    private static readonly Schema.DataType TargetGroups = TestSchema.DataType("Target groups");

    [Theory]
    [InlineData("[\"starejši\",\"svojci\"]", "[\"starejši\",\"svojci\"]")]
    [InlineData("starejši, svojci", "[\"starejši\",\"svojci\"]")]
    [InlineData("[\"žrtve nasilja\"]", "[\"žrtve nasilja\"]")]
    public void Normalise_stores_the_checked_items_as_a_json_array(string raw, string expected) =>
        Editor.Normalise(raw, TargetGroups).AssertValue(expected);

    [Theory]
    [InlineData("[\"upokojenci\"]", "upokojenci")]
    [InlineData("[\"starejsi\"]", "starejsi")]
    [InlineData("[\"Starejši\"]", "Starejši")]
    public void Normalise_rejects_values_that_are_not_configured_items(string raw, string unknown)
    {
        var result = Editor.Normalise(raw, TargetGroups);

        result.AssertError($"editor.notAllowedValue({unknown}, ");
        Assert.Contains("otroci, mladostniki", result.Error?.ToString());
    }

    [Fact]
    public void Normalise_stores_nothing_when_nothing_is_checked() =>
        Editor.Normalise("[]", TargetGroups).AssertValue(null);

    [Fact]
    public void Delivery_writes_an_array_of_strings()
    {
        var json = Editor.Deliver("[\"starejši\",\"svojci\"]", TargetGroups);

        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(["starejši", "svojci"], json.Strings());
    }

    [Fact]
    public void Delivery_writes_an_empty_array_for_no_value()
    {
        var json = Editor.Deliver(null, TargetGroups);

        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(0, json.GetArrayLength());
    }
}
