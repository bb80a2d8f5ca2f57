using System.Text.Json;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Editors;

/// <summary>Umbraco.UploadField (media file): stored as <c>{"src":"/media/…","crops":[]}</c> or a bare path; the value is the file's URL.</summary>
public sealed class UploadFieldEditor : IPropertyEditor
{
    public string Alias => "Umbraco.UploadField";

    public EditorResult Normalise(string? raw, DataType dataType, EditorContext context)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return EditorResult.Ok(null);
        }

        var src = Src(raw);
        return src is not null && src.StartsWith("/media/", StringComparison.Ordinal) && !src.Contains("..", StringComparison.Ordinal)
            ? EditorResult.Ok(src)
            : EditorResult.Fail(EditorCodes.UploadOutsideMedia);
    }

    public object? ToIntermediate(string? stored, DataType dataType, EditorContext context) => stored is null ? null : Src(stored);

    private static string? Src(string raw)
    {
        var text = raw.Trim();
        if (!text.StartsWith('{'))
        {
            return text;
        }

        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.TryGetProperty("src", out var src) && src.ValueKind == JsonValueKind.String ? src.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

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
