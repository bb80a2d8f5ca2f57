using System.Text.Json;
using System.Text.RegularExpressions;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Editors;

public abstract class StringEditor : IPropertyEditor
{
    public abstract string Alias { get; }

    protected virtual bool Multiline => false;

    public virtual EditorResult Normalise(string? raw, DataType dataType, EditorContext context)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return EditorResult.Ok(null);
        }

        var value = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (!Multiline)
        {
            value = value.Replace('\n', ' ');
        }

        if (value.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
        {
            return EditorResult.Fail(EditorCodes.ControlCharacters);
        }

        var max = dataType.Config["maxChars"] is { } m && m.GetValueKind() == JsonValueKind.Number ? m.GetValue<int>() : 0;
        if (max > 0 && value.Length > max)
        {
            return EditorResult.Fail(EditorCodes.TextTooLong, max, value.Length);
        }

        return EditorResult.Ok(value.Length == 0 ? null : value);
    }

    public object? ToIntermediate(string? stored, DataType dataType, EditorContext context) => string.IsNullOrEmpty(stored) ? null : stored;

    public void WriteDelivery(Utf8JsonWriter writer, object? intermediate, DataType dataType, IDeliveryOutput output, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        if (intermediate is string s)
        {
            writer.WriteStringValue(s);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    public IEnumerable<string> Text(object? intermediate) => intermediate is string s ? [s] : [];
}

public sealed class TextBoxEditor : StringEditor
{
    public override string Alias => "Umbraco.TextBox";
}

public sealed class TextAreaEditor : StringEditor
{
    public override string Alias => "Umbraco.TextArea";

    protected override bool Multiline => true;
}

public sealed partial class EmailAddressEditor : StringEditor
{
    public override string Alias => "Umbraco.EmailAddress";

    public override EditorResult Normalise(string? raw, DataType dataType, EditorContext context)
    {
        var result = base.Normalise(raw, dataType, context);
        if (result.Value is { } value && (value.Length > 254 || !EmailPattern().IsMatch(value)))
        {
            return EditorResult.Fail(EditorCodes.NotEmail);
        }

        return result;
    }

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>""]{2,}$")]
    private static partial Regex EmailPattern();
}
