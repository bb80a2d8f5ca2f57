using System.Text.Json;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class TextBoxEditorTests
{
    private static readonly TextBoxEditor Editor = new();
    private static readonly Schema.DataType Textstring = TestSchema.DataType("Textstring");

    [Theory]
    [InlineData("Dnevni center Ajda", "Dnevni center Ajda")]
    [InlineData("  Društvo Žarek  ", "Društvo Žarek")]
    [InlineData("prva\r\ndruga", "prva druga")]
    [InlineData("prva\ndruga", "prva druga")]
    public void Normalise_stores_trimmed_single_line_text(string raw, string expected) =>
        Editor.Normalise(raw, Textstring).AssertValue(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Normalise_stores_nothing_for_empty_input(string? raw) =>
        Editor.Normalise(raw, Textstring).AssertValue(null);

    [Fact]
    public void Normalise_rejects_control_characters() =>
        Editor.Normalise("zvonec\u0007", Textstring).AssertError("editor.controlCharacters");

    [Fact]
    public void Normalise_accepts_text_of_exactly_the_configured_maximum() =>
        Editor.Normalise(new string('a', 512), Textstring).AssertValue(new string('a', 512));

    [Fact]
    public void Normalise_rejects_text_longer_than_max_chars() =>
        Editor.Normalise(new string('a', 513), Textstring).AssertError("editor.textTooLong(512, 513)");

    [Fact]
    public void Delivery_writes_the_string()
    {
        var json = Editor.Deliver("Dnevni center Ajda", Textstring);

        Assert.Equal(JsonValueKind.String, json.ValueKind);
        Assert.Equal("Dnevni center Ajda", json.GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Delivery_writes_null_for_no_value(string? stored)
    {
        Assert.Null(Editor.Intermediate(stored, Textstring));
        Assert.Equal(JsonValueKind.Null, Editor.Deliver(stored, Textstring).ValueKind);
    }
}
