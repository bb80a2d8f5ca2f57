using System.Text.Json;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class TextAreaEditorTests
{
    private static readonly TextAreaEditor Editor = new();
    private static readonly Schema.DataType Textarea = TestSchema.DataType("Textarea");

    [Theory]
    [InlineData("prva\r\ndruga", "prva\ndruga")]
    [InlineData("  stolpec\tvrednost \n", "stolpec\tvrednost")]
    public void Normalise_keeps_line_breaks_and_tabs(string raw, string expected) =>
        Editor.Normalise(raw, Textarea).AssertValue(expected);

    [Fact]
    public void Normalise_stores_nothing_for_whitespace() =>
        Editor.Normalise(" \r\n ", Textarea).AssertValue(null);

    [Fact]
    public void Normalise_rejects_text_longer_than_max_chars() =>
        Editor.Normalise(new string('x', 4001), Textarea).AssertError("editor.textTooLong(4000, 4001)");

    [Fact]
    public void Normalise_rejects_control_characters_other_than_line_breaks_and_tabs() =>
        Editor.Normalise("a\u0000b", Textarea).AssertError("editor.controlCharacters");

    [Fact]
    public void Delivery_writes_the_string_with_its_line_breaks()
    {
        var json = Editor.Deliver("prva\ndruga", Textarea);

        Assert.Equal("prva\ndruga", json.GetString());
    }

    [Fact]
    public void Delivery_writes_null_for_no_value() =>
        Assert.Equal(JsonValueKind.Null, Editor.Deliver(null, Textarea).ValueKind);
}
