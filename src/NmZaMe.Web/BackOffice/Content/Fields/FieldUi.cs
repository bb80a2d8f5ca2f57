using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.Content.Fields;

/// <summary>
/// The form side of one property editor (the engine side is its class in Cms/Editors): how a stored value becomes the
/// form's state, how a posted form becomes it, the raw string handed to SaveContent, and the partial view that renders
/// the inputs. Found by editor alias in <see cref="FieldUis"/>, so adding an editor touches one adapter and one partial.
/// The default is a plain text value.
/// </summary>
public abstract class FieldUi(string partial, bool grouped = false)
{
    /// <summary>The partial view of the inputs, rendered by _Field.cshtml inside the field's label or fieldset.</summary>
    public string Partial { get; } = $"/BackOffice/Content/Fields/_{partial}.cshtml";

    /// <summary>Several inputs (a fieldset with a legend) rather than one input with a label.</summary>
    public bool Grouped { get; } = grouped;

    /// <summary>Fills the state from a stored value that is not empty.</summary>
    public virtual void FromStored(FieldState state, PropertyType property, string stored, EditorForm form) => state.Text = stored;

    public virtual void FromForm(FieldState state, PropertyType property, string path, IFormCollection posted, EditorForm form) =>
        state.Text = posted[path].ToString();

    /// <summary>The string the property's editor normalises; null for "no value".</summary>
    public virtual string? ToRaw(PropertyType property, FieldState state, EditorForm form) =>
        string.IsNullOrWhiteSpace(state.Text) ? null : state.Text;
}

/// <summary>Text, text area, e-mail and number inputs: the value is the text as typed; the engine's editor validates it.</summary>
public sealed class TextFieldUi(string partial) : FieldUi(partial);
