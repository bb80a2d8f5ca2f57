using System.Text.Json;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class TrueFalseEditorTests
{
    private static readonly TrueFalseEditor Editor = new();
    private static readonly Schema.DataType TrueFalse = TestSchema.DataType("True/false");

    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    [InlineData("True")]
    [InlineData(" on ")]
    [InlineData("yes")]
    public void Normalise_stores_1_for_yes(string raw) =>
        Editor.Normalise(raw, TrueFalse).AssertValue("1");

    [Theory]
    [InlineData("0")]
    [InlineData("false")]
    [InlineData("FALSE")]
    [InlineData("off")]
    [InlineData("no")]
    public void Normalise_stores_0_for_no(string raw) =>
        Editor.Normalise(raw, TrueFalse).AssertValue("0");

    [Theory]
    [InlineData("maybe")]
    [InlineData("2")]
    [InlineData("da")]
    public void Normalise_rejects_anything_else(string raw) =>
        Editor.Normalise(raw, TrueFalse).AssertError("editor.notTrueFalse");

    [Fact]
    public void Normalise_stores_nothing_for_empty_input() =>
        Editor.Normalise(null, TrueFalse).AssertValue(null);

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData(null, false)]
    public void ToIntermediate_gives_a_boolean(string? stored, bool expected) =>
        Assert.Equal(expected, Editor.Intermediate(stored, TrueFalse));

    [Fact]
    public void ToIntermediate_uses_the_configured_default_when_nothing_is_stored()
    {
        var defaultTrue = TrueFalse.WithConfig("default", true);

        Assert.Equal(true, Editor.Intermediate(null, defaultTrue));
        Assert.Equal(false, Editor.Intermediate("0", defaultTrue));
    }

    [Theory]
    [InlineData("1", JsonValueKind.True)]
    [InlineData("0", JsonValueKind.False)]
    [InlineData(null, JsonValueKind.False)]
    public void Delivery_writes_a_boolean_never_null(string? stored, JsonValueKind expected) =>
        Assert.Equal(expected, Editor.Deliver(stored, TrueFalse).ValueKind);
}
