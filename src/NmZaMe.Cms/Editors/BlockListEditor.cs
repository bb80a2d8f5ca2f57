using System.Text.Json;
using System.Text.Json.Nodes;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Editors;

/// <summary>
/// Umbraco.BlockList in the v15+ storage format (see <see cref="BlockData"/>), with block-level variance: an element
/// type that varies by culture holds its variant properties' values once per culture inside the one invariant block
/// list value, and <c>expose</c> says in which cultures each block is shown. Every block's values are validated by
/// their own editors (<see cref="BlockNormaliser"/>), publishing a culture merges only that culture's values
/// (<see cref="BlockVariance"/>), and the snapshot and the Delivery API read the requested culture (<see cref="BlockReader"/>).
/// </summary>
public sealed class BlockListEditor : IPropertyEditor
{
    public string Alias => BlockData.LayoutAlias;

    public EditorResult Normalise(string? raw, DataType dataType, EditorContext context)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return EditorResult.Ok(null);
        }

        try
        {
            return BlockNormaliser.Normalise(BlockData.Parse(raw), dataType, context);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // Not JSON, or well-formed JSON with the wrong shape: a key that is a number, a layout that is an array.
            return EditorResult.Fail(EditorCodes.BlocksMalformed);
        }
    }

    /// <summary>A block value as the raw string its property editor normalises (strings as they are, JSON as JSON).</summary>
    public static string? AsRaw(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Null => null,
        _ => value.ToJsonString(JsonDefaults.Storage),
    };

    /// <summary>The element types a block list data type allows.</summary>
    public static HashSet<Guid> AllowedElementKeys(DataType dataType) =>
        (dataType.Config["blocks"] as JsonArray)?.OfType<JsonObject>()
            .Select(b => Guid.TryParse(b["contentElementTypeKey"]?.GetValue<string>(), out var g) ? g : Guid.Empty)
            .Where(g => g != Guid.Empty).ToHashSet() ?? [];

    public object? ToIntermediate(string? stored, DataType dataType, EditorContext context) =>
        string.IsNullOrEmpty(stored) ? null : BlockReader.Read(stored, context);

    /// <summary>
    /// Umbraco's <c>ApiBlockListModel</c>: the blocks exposed in the requested culture, each element with its values
    /// in that culture (a variant value missing there is null; the Delivery API does not fall back to another language).
    /// </summary>
    public void WriteDelivery(Utf8JsonWriter writer, object? intermediate, DataType dataType, IDeliveryOutput output, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        if (intermediate is not BlockListValue value)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteStartArray("items");
        foreach (var item in value.ExposedIn(output.Culture))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("content");
            output.WriteElement(writer, item.Content, expand, fields);
            writer.WritePropertyName("settings");
            if (item.Settings is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                output.WriteElement(writer, item.Settings, expand, fields);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The text of every block in every culture it holds (search reads one culture through the elements instead).</summary>
    public IEnumerable<string> Text(object? intermediate) =>
        intermediate is BlockListValue value ? value.Items.SelectMany(i => AllValues(i.Content, (p, v) => p.Editor.Text(v))) : [];

    public IEnumerable<Guid> References(object? intermediate) =>
        intermediate is BlockListValue value ? value.Items.SelectMany(i => AllValues(i.Content, (p, v) => p.Editor.References(v))) : [];

    private static IEnumerable<T> AllValues<T>(PublishedElement element, Func<PublishedProperty, object?, IEnumerable<T>> read) =>
        element.Properties.Values.SelectMany(p => p.PropertyType.PerCulture
            ? element.Properties.Cultures.SelectMany(c => read(p, p.Value(c)))
            : read(p, p.Value(string.Empty)));

    public bool CanMergePartialValues(PropertyType property) => !property.VariesByCulture;

    public string? MergePartialValueForCulture(string? source, string? target, string? culture, EditorContext context) =>
        BlockVariance.MergeForCulture(source, target, culture, context);

    public string? MergeEditedValue(string? edited, string? current, EditorContext context) =>
        BlockVariance.MergeEdited(edited, current, context);
}
