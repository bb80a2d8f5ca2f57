using System.Text.Json;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Editors;

/// <summary>Editors that store a JSON array of strings (Umbraco 14+ storage for tags, drop-downs and checkbox lists).</summary>
public abstract class StringListEditor : IPropertyEditor
{
    public abstract string Alias { get; }

    public EditorResult Normalise(string? raw, DataType dataType, EditorContext context)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return EditorResult.Ok(null);
        }

        if (!TryReadList(raw, out var values))
        {
            return EditorResult.Fail(EditorCodes.NotList);
        }

        values = values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var error = Check(values, dataType);
        if (error is not null)
        {
            return EditorResult.Fail(error);
        }

        return EditorResult.Ok(values.Count == 0 ? null : JsonSerializer.Serialize(values, JsonDefaults.Storage));
    }

    protected abstract CmsError? Check(IReadOnlyList<string> values, DataType dataType);

    public object? ToIntermediate(string? stored, DataType dataType, EditorContext context) =>
        stored is not null && TryReadList(stored, out var values) ? values.ToArray() : Array.Empty<string>();

    public virtual void WriteDelivery(Utf8JsonWriter writer, object? intermediate, DataType dataType, IDeliveryOutput output, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        writer.WriteStartArray();
        foreach (var v in intermediate as string[] ?? [])
        {
            writer.WriteStringValue(v);
        }

        writer.WriteEndArray();
    }

    public IEnumerable<string> Text(object? intermediate) => intermediate as string[] ?? [];

    internal static bool TryReadList(string raw, out List<string> values)
    {
        values = [];
        var text = raw.Trim();
        if (text.StartsWith('['))
        {
            try
            {
                using var doc = JsonDocument.Parse(text);
                foreach (var e in doc.RootElement.EnumerateArray())
                {
                    if (e.ValueKind != JsonValueKind.String)
                    {
                        return false;
                    }

                    values.Add(e.GetString()!);
                }

                return true;
            }
            catch (JsonException)
            {
                return false;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        // Legacy and form input: comma or new line separated.
        values.AddRange(text.Split([',', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return true;
    }

    protected static CmsError? NotInItems(IReadOnlyList<string> values, DataType dataType)
    {
        var items = dataType.ConfigItems();
        var unknown = values.FirstOrDefault(v => !items.Contains(v, StringComparer.Ordinal));
        return unknown is null ? null : new CmsError(EditorCodes.NotAllowedValue, unknown, string.Join(", ", items));
    }
}

public sealed class TagsEditor : StringListEditor
{
    public override string Alias => "Umbraco.Tags";

    protected override CmsError? Check(IReadOnlyList<string> values, DataType dataType) =>
        values.FirstOrDefault(v => v.Length > 200) is { } tooLong ? new CmsError(EditorCodes.TagTooLong, tooLong[..20]) : null;
}

public sealed class CheckBoxListEditor : StringListEditor
{
    public override string Alias => "Umbraco.CheckBoxList";

    protected override CmsError? Check(IReadOnlyList<string> values, DataType dataType) => NotInItems(values, dataType);
}

public sealed class DropDownFlexibleEditor : StringListEditor
{
    public override string Alias => "Umbraco.DropDown.Flexible";

    protected override CmsError? Check(IReadOnlyList<string> values, DataType dataType) =>
        !dataType.ConfigBool("multiple") && values.Count > 1 ? new CmsError(EditorCodes.OnlyOneValue) : NotInItems(values, dataType);

    public override void WriteDelivery(Utf8JsonWriter writer, object? intermediate, DataType dataType, IDeliveryOutput output, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        var values = intermediate as string[] ?? [];
        if (dataType.ConfigBool("multiple"))
        {
            base.WriteDelivery(writer, intermediate, dataType, output, expand, fields);
        }
        else if (values.Length > 0)
        {
            writer.WriteStringValue(values[0]);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
