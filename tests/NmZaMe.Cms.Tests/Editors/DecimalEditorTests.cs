using System.Text.Json;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class DecimalEditorTests
{
    private static readonly DecimalEditor Editor = new();
    private static readonly Schema.DataType Coordinate = TestSchema.DataType("Coordinate");

    [Theory]
    [InlineData("45.8033", "45.8033")]
    [InlineData("45,8033", "45.8033")]
    [InlineData(" 15.1675 ", "15.1675")]
    [InlineData("-180", "-180")]
    [InlineData("180", "180")]
    public void Normalise_accepts_a_decimal_point_or_comma_and_stores_invariant(string raw, string expected) =>
        Editor.Normalise(raw, Coordinate).AssertValue(expected);

    [Theory]
    [InlineData("severno")]
    [InlineData("45°48'")]
    [InlineData("1,2,3")]
    public void Normalise_rejects_what_is_not_a_number(string raw) =>
        Editor.Normalise(raw, Coordinate).AssertError("editor.notDecimal");

    [Theory]
    [InlineData("180.0001", "editor.numberTooLarge(180")]
    [InlineData("-181", "editor.numberTooSmall(-180")]
    public void Normalise_rejects_numbers_outside_min_and_max(string raw, string message) =>
        Editor.Normalise(raw, Coordinate).AssertError(message);

    [Fact]
    public void Normalise_stores_nothing_for_empty_input() =>
        Editor.Normalise(" ", Coordinate).AssertValue(null);

    [Fact]
    public void Delivery_writes_a_number()
    {
        var json = Editor.Deliver("45.8033", Coordinate);

        Assert.Equal(JsonValueKind.Number, json.ValueKind);
        Assert.Equal(45.8033m, json.GetDecimal());
    }

    [Fact]
    public void Delivery_writes_null_for_no_value() =>
        Assert.Equal(JsonValueKind.Null, Editor.Deliver(null, Coordinate).ValueKind);
}
