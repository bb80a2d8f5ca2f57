using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>One property to render: top-level, or inside a block (then <see cref="Path"/> carries the block's place).</summary>
public sealed record FieldView(ContentEditorPage Page, PropertyType Property, string Path, FieldState State)
{
    public string Id => EditorForm.Id(Path);

    public string? Error => Page.Errors.GetValueOrDefault(Path);

    public string Describedby => string.Join(' ', new[] { Property.Description is { Length: > 0 } ? Id + "-desc" : null, Error is null ? null : Id + "-err" }.OfType<string>());
}
