namespace NmZaMe.Web.BackOffice.Content.Fields;

/// <summary>The form adapter of each property editor alias; any other editor is edited as plain text.</summary>
public static class FieldUis
{
    private static readonly FieldUi Text = new TextFieldUi("Text");

    private static readonly Dictionary<string, FieldUi> ByAlias = new(StringComparer.Ordinal)
    {
        ["Umbraco.TextArea"] = new TextFieldUi("TextArea"),
        ["Umbraco.EmailAddress"] = new TextFieldUi("Email"),
        ["Umbraco.Integer"] = new TextFieldUi("Integer"),
        ["Umbraco.Decimal"] = new TextFieldUi("Decimal"),
        ["Umbraco.RichText"] = new RichTextFieldUi(),
        ["Umbraco.DateTime"] = new DateTimeFieldUi(),
        ["Umbraco.TrueFalse"] = new TrueFalseFieldUi(),
        ["Umbraco.Tags"] = new TagsFieldUi(),
        ["Umbraco.DropDown.Flexible"] = new ListFieldUi("DropDown", grouped: false),
        ["Umbraco.CheckBoxList"] = new ListFieldUi("CheckBoxList", grouped: true),
        ["Umbraco.ContentPicker"] = new PickerFieldUi(single: true),
        ["Umbraco.MultiNodeTreePicker"] = new PickerFieldUi(single: false),
        ["Umbraco.MediaPicker3"] = new MediaPickerFieldUi(),
        ["Umbraco.MultiUrlPicker"] = new LinksFieldUi(),
        ["Umbraco.BlockList"] = new BlockListFieldUi(),
    };

    public static FieldUi For(string editorAlias) => ByAlias.GetValueOrDefault(editorAlias) ?? Text;
}
