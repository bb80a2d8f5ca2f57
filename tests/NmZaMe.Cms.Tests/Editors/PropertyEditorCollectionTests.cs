using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class PropertyEditorCollectionTests
{
    [Fact]
    public void Default_has_an_editor_for_every_data_type_in_the_repository()
    {
        var missing = TestSchema.Default.DataTypes.Values.Select(d => d.EditorAlias).Where(a => !PropertyEditorCollection.Default.Contains(a)).ToArray();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("Umbraco.TextBox", typeof(TextBoxEditor))]
    [InlineData("Umbraco.RichText", typeof(RichTextEditor))]
    [InlineData("Umbraco.BlockList", typeof(BlockListEditor))]
    [InlineData("Umbraco.DropDown.Flexible", typeof(DropDownFlexibleEditor))]
    [InlineData("Umbraco.MultiNodeTreePicker", typeof(MultiNodeTreePickerEditor))]
    public void Get_returns_the_editor_for_its_umbraco_alias(string alias, Type expected) =>
        Assert.IsType(expected, PropertyEditorCollection.Default.Get(alias));

    [Theory]
    [InlineData("Umbraco.TinyMCE")]
    [InlineData("umbraco.textbox")]
    public void Get_throws_for_an_alias_it_does_not_know(string alias) =>
        Assert.Throws<KeyNotFoundException>(() => PropertyEditorCollection.Default.Get(alias));
}
