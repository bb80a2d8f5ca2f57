using System.Globalization;
using System.Text.Json;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Editors;

public sealed class TrueFalseEditor : IPropertyEditor
{
    public string Alias => "Umbraco.TrueFalse";

    public EditorResult Normalise(string? raw, DataType dataType, EditorContext context) => raw?.Trim().ToLowerInvariant() switch
    {
        null or "" => EditorResult.Ok(null),
        "1" or "true" or "on" or "yes" => EditorResult.Ok("1"),
        "0" or "false" or "off" or "no" => EditorResult.Ok("0"),
        _ => EditorResult.Fail(EditorCodes.NotTrueFalse),
    };

    public object? ToIntermediate(string? stored, DataType dataType, EditorContext context) =>
        stored is "1" || (stored is null && dataType.ConfigBool("default"));

    public void WriteDelivery(Utf8JsonWriter writer, object? intermediate, DataType dataType, IDeliveryOutput output, PropertyExpansion? expand, PropertyExpansion? fields) =>
        writer.WriteBooleanValue(intermediate is true);
}

public sealed class IntegerEditor : IPropertyEditor
{
    public string Alias => "Umbraco.Integer";

    public EditorResult Normalise(string? raw, DataType dataType, EditorContext context)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return EditorResult.Ok(null);
        }

        if (!int.TryParse(raw.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return EditorResult.Fail(EditorCodes.NotInteger);
        }

        if (dataType.Config["min"] is { } min && min.GetValueKind() == JsonValueKind.Number && value < min.GetValue<double>())
        {
            return EditorResult.Fail(EditorCodes.NumberTooSmall, min);
        }

        if (dataType.Config["max"] is { } max && max.GetValueKind() == JsonValueKind.Number && value > max.GetValue<double>())
        {
            return EditorResult.Fail(EditorCodes.NumberTooLarge, max);
        }

        return EditorResult.Ok(value.ToString(CultureInfo.InvariantCulture));
    }

    public object? ToIntermediate(string? stored, DataType dataType, EditorContext context) =>
        int.TryParse(stored, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public void WriteDelivery(Utf8JsonWriter writer, object? intermediate, DataType dataType, IDeliveryOutput output, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        if (intermediate is int i)
        {
            writer.WriteNumberValue(i);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

public sealed class DecimalEditor : IPropertyEditor
{
    public string Alias => "Umbraco.Decimal";

    public EditorResult Normalise(string? raw, DataType dataType, EditorContext context)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return EditorResult.Ok(null);
        }

        // Slovenian editors type a decimal comma; stored values are invariant.
        var text = raw.Trim().Replace(',', '.');
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return EditorResult.Fail(EditorCodes.NotDecimal);
        }

        if (dataType.Config["min"] is { } min && min.GetValueKind() == JsonValueKind.Number && value < min.GetValue<decimal>())
        {
            return EditorResult.Fail(EditorCodes.NumberTooSmall, min);
        }

        if (dataType.Config["max"] is { } max && max.GetValueKind() == JsonValueKind.Number && value > max.GetValue<decimal>())
        {
            return EditorResult.Fail(EditorCodes.NumberTooLarge, max);
        }

        return EditorResult.Ok(value.ToString(CultureInfo.InvariantCulture));
    }

    public object? ToIntermediate(string? stored, DataType dataType, EditorContext context) =>
        decimal.TryParse(stored, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;

    public void WriteDelivery(Utf8JsonWriter writer, object? intermediate, DataType dataType, IDeliveryOutput output, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        if (intermediate is decimal d)
        {
            writer.WriteNumberValue(d);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

public sealed class DateTimeEditor : IPropertyEditor
{
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", "yyyy-MM-ddTHH:mm", "d. M. yyyy", "d.M.yyyy"];

    public string Alias => "Umbraco.DateTime";

    public EditorResult Normalise(string? raw, DataType dataType, EditorContext context)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return EditorResult.Ok(null);
        }

        return Parse(raw) is { } value
            ? EditorResult.Ok(value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))
            : EditorResult.Fail(EditorCodes.NotDate);
    }

    public object? ToIntermediate(string? stored, DataType dataType, EditorContext context) => stored is null ? null : Parse(stored);

    public void WriteDelivery(Utf8JsonWriter writer, object? intermediate, DataType dataType, IDeliveryOutput output, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        if (intermediate is DateTime d)
        {
            writer.WriteStringValue(d.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    public static DateTime? Parse(string raw) =>
        DateTime.TryParseExact(raw.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
        && value.Year is > 1900 and < 2200
            ? DateTime.SpecifyKind(value, DateTimeKind.Utc)
            : null;
}

/// <summary>Read-only values the system sets (media width, size); output as the stored string.</summary>
public sealed class LabelEditor : IPropertyEditor
{
    public string Alias => "Umbraco.Label";

    public EditorResult Normalise(string? raw, DataType dataType, EditorContext context) => EditorResult.Ok(string.IsNullOrWhiteSpace(raw) ? null : raw.Trim());

    public object? ToIntermediate(string? stored, DataType dataType, EditorContext context) => stored;

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
}
