using System.Collections.Frozen;

namespace NmZaMe.Cms.Editors;

public sealed class PropertyEditorCollection
{
    private readonly FrozenDictionary<string, IPropertyEditor> _editors;

    public PropertyEditorCollection(IEnumerable<IPropertyEditor> editors) =>
        _editors = editors.ToFrozenDictionary(e => e.Alias, StringComparer.Ordinal);

    public static PropertyEditorCollection Default { get; } = new(
    [
        new TextBoxEditor(), new TextAreaEditor(), new EmailAddressEditor(), new RichTextEditor(),
        new TrueFalseEditor(), new IntegerEditor(), new DecimalEditor(), new DateTimeEditor(), new LabelEditor(),
        new TagsEditor(), new DropDownFlexibleEditor(), new CheckBoxListEditor(),
        new ContentPickerEditor(), new MultiNodeTreePickerEditor(), new MediaPicker3Editor(), new MultiUrlPickerEditor(),
        new BlockListEditor(), new UploadFieldEditor(),
    ]);

    public IEnumerable<string> Aliases => _editors.Keys;

    public bool Contains(string alias) => _editors.ContainsKey(alias);

    public IPropertyEditor Get(string alias) =>
        _editors.TryGetValue(alias, out var editor) ? editor : throw new KeyNotFoundException($"Unknown property editor '{alias}'.");
}
