using System.Text.Json;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class IntegerEditorTests
{
    private static readonly IntegerEditor Editor = new();
    private static readonly Schema.DataType Numeric = TestSchema.DataType("Numeric");

    [Theory]
    [InlineData("42", "42")]
    [InlineData(" 7 ", "7")]
    [InlineData("+18", "18")]
    [InlineData("0", "0")]
    [InlineData("130", "130")]
    public void Normalise_stores_the_invariant_number(string raw, string expected) =>
        Editor.Normalise(raw, Numeric).AssertValue(expected);

    [Theory]
    [InlineData("4.5")]
    [InlineData("4,5")]
    [InlineData("abc")]
    [InlineData("1e3")]
    [InlineData("99999999999")]
    public void Normalise_rejects_what_is_not_a_whole_number(string raw) =>
        Editor.Normalise(raw, Numeric).AssertError("editor.notInteger");

    [Fact]
    public void Normalise_rejects_a_number_below_min() =>
        Editor.Normalise("-1", Numeric).AssertError("editor.numberTooSmall(0)");

    [Fact]
    public void Normalise_rejects_a_number_above_max() =>
        Editor.Normalise("131", Numeric).AssertError("editor.numberTooLarge(130)");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Normalise_stores_nothing_for_empty_input(string? raw) =>
        Editor.Normalise(raw, Numeric).AssertValue(null);

    [Fact]
    public void ToIntermediate_gives_an_int() =>
        Assert.Equal(65, Editor.Intermediate("65", Numeric));

    [Fact]
    public void Delivery_writes_a_number()
    {
        var json = Editor.Deliver("65", Numeric);

        Assert.Equal(JsonValueKind.Number, json.ValueKind);
        Assert.Equal(65, json.GetInt32());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a number")]
    public void Delivery_writes_null_when_there_is_no_number(string? stored) =>
        Assert.Equal(JsonValueKind.Null, Editor.Deliver(stored, Numeric).ValueKind);
}
