using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.Content.Fields;

/// <summary>Rich text: stored as markup or as Umbraco's {"markup": …} object; edited as markup (the engine sanitises it).</summary>
public sealed class RichTextFieldUi() : FieldUi("RichText")
{
    public override void FromStored(FieldState state, PropertyType property, string stored, EditorForm form) => state.Text = Markup(stored);

    private static string Markup(string stored)
    {
        if (!stored.TrimStart().StartsWith('{'))
        {
            return stored;
        }

        try
        {
            return (JsonNode.Parse(stored) as JsonObject)?["markup"]?.GetValue<string>() ?? string.Empty;
        }
        catch (JsonException)
        {
            return stored;
        }
    }
}

/// <summary>A date, or a date and time when the data type's format shows the time, in the inputs' ISO form.</summary>
public sealed class DateTimeFieldUi() : FieldUi("DateTime")
{
    public override void FromStored(FieldState state, PropertyType property, string stored, EditorForm form) =>
        state.Text = DateTimeEditor.Parse(stored) is { } date
            ? date.ToString(form.HasTime(property) ? "yyyy-MM-ddTHH:mm" : "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : stored;
}

/// <summary>A checkbox: an unticked box posts nothing, which is "0".</summary>
public sealed class TrueFalseFieldUi() : FieldUi("TrueFalse")
{
    public override void FromForm(FieldState state, PropertyType property, string path, IFormCollection posted, EditorForm form) =>
        state.Text = posted[path].Any(v => v == "1") ? "1" : "0";
}

/// <summary>Tags: edited as comma-separated text, which the tags editor splits.</summary>
public sealed class TagsFieldUi() : FieldUi("Tags")
{
    public override void FromStored(FieldState state, PropertyType property, string stored, EditorForm form) =>
        state.Text = string.Join(", ", FieldJson.ReadList(stored));
}

/// <summary>Drop-down and checkbox list: the chosen values, sent as a JSON array.</summary>
public sealed class ListFieldUi(string partial, bool grouped) : FieldUi(partial, grouped)
{
    public override void FromStored(FieldState state, PropertyType property, string stored, EditorForm form) =>
        state.Items = FieldJson.ReadList(stored);

    public override void FromForm(FieldState state, PropertyType property, string path, IFormCollection posted, EditorForm form) =>
        FieldJson.ReadItems(state, path, posted);

    public override string? ToRaw(PropertyType property, FieldState state, EditorForm form) =>
        state.Items.Count == 0 ? null : JsonSerializer.Serialize(state.Items);
}
