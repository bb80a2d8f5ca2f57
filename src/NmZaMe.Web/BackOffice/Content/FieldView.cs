using NmZaMe.Cms.Schema;
using NmZaMe.Web.BackOffice.Content.Fields;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>One property to render: top-level, or inside a block of <see cref="Block"/> (then <see cref="Path"/> carries the block's place).</summary>
public sealed record FieldView(ContentEditorPage Page, PropertyType Property, string Path, FieldState State, ContentType? Block = null)
{
    /// <summary>
    /// Whether to mark the value as shared by all languages: an invariant property of a culture-variant item, or an
    /// invariant property inside a block whose texts vary by language (Umbraco marks these "shared across languages").
    /// </summary>
    public bool SharedAcrossCultures => Page.Type.VariesByCulture && !Property.VariesByCulture && (Block?.VariesByCulture ?? true);

    /// <summary>A block list whose blocks hold texts per language: its blocks are shared, their texts are not.</summary>
    public bool HasVariantBlocks => Property.EditorAlias == "Umbraco.BlockList" && Page.Type.VariesByCulture
        && Page.Form.AllowedBlocks(Property).Any(k => Page.Schema.GetContentType(k) is { VariesByCulture: true });

    /// <summary>
    /// Set in the split view (issue 14): the culture whose value this is, named after the label and given as the inputs'
    /// <c>lang</c>, so two fields with the same label are told apart and read in their own language.
    /// </summary>
    public string? Culture { get; init; }

    public string Id => EditorForm.Id(Path);

    public string? Error => Page.Errors.GetValueOrDefault(Path);

    /// <summary>The adapter of the property's editor: its partial view renders the inputs.</summary>
    public FieldUi Ui => EditorForm.Ui(Property);

    /// <summary>aria-describedby of the inputs; null (no attribute) when there is neither a description nor an error.</summary>
    public string? AriaDescribedby => Describedby.Length == 0 ? null : Describedby;

    public string? AriaInvalid => Error is null ? null : "true";

    public string Describedby => string.Join(' ', new[] { Property.Description is { Length: > 0 } ? Id + "-desc" : null, Error is null ? null : Id + "-err" }.OfType<string>());
}
