using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class TagsEditorTests
{
    private static readonly TagsEditor Editor = new();
    private static readonly Schema.DataType Tags = TestSchema.DataType("Tags");

    [Theory]
    [InlineData("[\"demenca\",\"dnevni center\"]", "[\"demenca\",\"dnevni center\"]")]
    [InlineData("[\"starejši\", \"pomoč\"]", "[\"starejši\",\"pomoč\"]")]
    [InlineData("demenca, dnevni center", "[\"demenca\",\"dnevni center\"]")]
    [InlineData("demenca\ndnevni center", "[\"demenca\",\"dnevni center\"]")]
    public void Normalise_stores_a_json_array_of_strings_with_slovenian_letters_readable(string raw, string expected) =>
        Editor.Normalise(raw, Tags).AssertValue(expected);

    [Fact]
    public void Normalise_trims_and_removes_blank_and_duplicate_tags() =>
        Editor.Normalise("[\" demenca \", \"\", \"demenca\", \"Alzheimer\"]", Tags).AssertValue("[\"demenca\",\"Alzheimer\"]");

    [Theory]
    [InlineData("[]")]
    [InlineData("[\"  \"]")]
    [InlineData(" , ")]
    [InlineData("")]
    public void Normalise_stores_nothing_for_no_tags(string raw) =>
        Editor.Normalise(raw, Tags).AssertValue(null);

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("[\"demenca\"")]
    [InlineData("[{\"a\":1}]")]
    public void Normalise_rejects_what_is_not_a_list_of_strings(string raw) =>
        Editor.Normalise(raw, Tags).AssertError("editor.notList");

    [Fact]
    public void Normalise_rejects_a_tag_longer_than_200_characters() =>
        Editor.Normalise($"[\"{new string('d', 201)}\"]", Tags).AssertError("editor.tagTooLong");

    [Fact]
    public void ToIntermediate_gives_a_string_array() =>
        Assert.Equal(["demenca", "respite"], Assert.IsType<string[]>(Editor.Intermediate("[\"demenca\",\"respite\"]", Tags)));

    [Fact]
    public void Delivery_writes_an_array_of_strings() =>
        Assert.Equal(["demenca", "dnevni center"], Editor.Deliver("[\"demenca\",\"dnevni center\"]", Tags).Strings());

    [Fact]
    public void Delivery_writes_an_empty_array_for_no_value() =>
        Assert.Empty(Editor.Deliver(null, Tags).Strings());
}
