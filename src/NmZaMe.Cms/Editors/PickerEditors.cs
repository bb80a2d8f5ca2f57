using System.Text.Json;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Editors;

public sealed class ContentPickerEditor : IPropertyEditor
{
    public string Alias => "Umbraco.ContentPicker";

    public EditorResult Normalise(string? raw, DataType dataType, EditorContext context)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return EditorResult.Ok(null);
        }

        return Udi.TryParse(raw, out var type, out var key) && type == Udi.DocumentType
            ? EditorResult.Ok(Udi.Document(key))
            : EditorResult.Fail(EditorCodes.NotDocument);
    }

    public object? ToIntermediate(string? stored, DataType dataType, EditorContext context) =>
        Udi.TryParse(stored, out _, out var key) ? key : null;

    public void WriteDelivery(Utf8JsonWriter writer, object? intermediate, DataType dataType, IDeliveryOutput output, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        if (intermediate is not Guid key || !output.TryWriteContent(writer, key, expand, fields))
        {
            writer.WriteNullValue();
        }
    }

    public IEnumerable<Guid> References(object? intermediate) => intermediate is Guid key ? [key] : [];
}

public sealed class MultiNodeTreePickerEditor : IPropertyEditor
{
    public string Alias => "Umbraco.MultiNodeTreePicker";

    public EditorResult Normalise(string? raw, DataType dataType, EditorContext context)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return Limits(0, dataType) ?? EditorResult.Ok(null);
        }

        var parts = raw.Trim().TrimStart('[').TrimEnd(']').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var udis = new List<string>();
        foreach (var part in parts)
        {
            if (!Udi.TryParse(part.Trim('"'), out var type, out var key))
            {
                return EditorResult.Fail(EditorCodes.NotPickable, Truncate(part));
            }

            var udi = type == Udi.MediaType ? Udi.Media(key) : Udi.Document(key);
            if (!udis.Contains(udi))
            {
                udis.Add(udi);
            }
        }

        return Limits(udis.Count, dataType) ?? EditorResult.Ok(udis.Count == 0 ? null : string.Join(',', udis));
    }

    private static EditorResult? Limits(int count, DataType dataType)
    {
        var min = dataType.Config["minNumber"]?.GetValueKind() == JsonValueKind.Number ? dataType.Config["minNumber"]!.GetValue<int>() : 0;
        var max = dataType.Config["maxNumber"]?.GetValueKind() == JsonValueKind.Number ? dataType.Config["maxNumber"]!.GetValue<int>() : 0;
        if (count < min)
        {
            return EditorResult.Fail(EditorCodes.PickAtLeast, min);
        }

        return max > 0 && count > max ? EditorResult.Fail(EditorCodes.PickAtMost, max) : null;
    }

    private static string Truncate(string s) => s.Length > 40 ? s[..40] + "…" : s;

    public object? ToIntermediate(string? stored, DataType dataType, EditorContext context)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return new PickedItems([], ContentKind.Document);
        }

        var keys = new List<Guid>();
        var kind = ContentKind.Document;
        foreach (var part in stored.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Udi.TryParse(part, out var type, out var key))
            {
                keys.Add(key);
                kind = type == Udi.MediaType ? ContentKind.Media : ContentKind.Document;
            }
        }

        // Kept for the life of the snapshot: an exact array, not a list with room to grow.
        return new PickedItems(keys.ToArray(), kind);
    }

    public void WriteDelivery(Utf8JsonWriter writer, object? intermediate, DataType dataType, IDeliveryOutput output, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        writer.WriteStartArray();
        if (intermediate is PickedItems picked)
        {
            foreach (var key in picked.Keys)
            {
                if (picked.Kind == ContentKind.Media)
                {
                    output.TryWriteMedia(writer, key, null, expand, fields);
                }
                else
                {
                    output.TryWriteContent(writer, key, expand, fields);
                }
            }
        }

        writer.WriteEndArray();
    }

    public IEnumerable<Guid> References(object? intermediate) => intermediate is PickedItems p ? p.Keys : [];
}

public sealed class MediaPicker3Editor : IPropertyEditor
{
    public string Alias => "Umbraco.MediaPicker3";

    public EditorResult Normalise(string? raw, DataType dataType, EditorContext context)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return EditorResult.Ok(null);
        }

        var entries = new List<Dictionary<string, object?>>();
        try
        {
            using var doc = JsonDocument.Parse(raw);
            var items = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.EnumerateArray().ToArray() : [doc.RootElement];
            foreach (var item in items)
            {
                Guid mediaKey;
                if (item.ValueKind == JsonValueKind.String && Udi.TryParse(item.GetString(), out _, out mediaKey))
                {
                    entries.Add(Entry(Guid.NewGuid(), mediaKey, null, null));
                    continue;
                }

                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("mediaKey", out var mk) || mk.ValueKind != JsonValueKind.String || !Guid.TryParse(mk.GetString(), out mediaKey))
                {
                    return EditorResult.Fail(EditorCodes.NotMedia);
                }

                var key = item.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String && Guid.TryParse(k.GetString(), out var kk) ? kk : Guid.NewGuid();
                var focal = item.TryGetProperty("focalPoint", out var f) && f.ValueKind == JsonValueKind.Object ? f.GetRawText() : null;
                var crops = item.TryGetProperty("crops", out var c) && c.ValueKind == JsonValueKind.Array ? c.GetRawText() : null;
                entries.Add(Entry(key, mediaKey, focal, crops));
            }
        }
        catch (JsonException)
        {
            return EditorResult.Fail(EditorCodes.NotMedia);
        }

        if (!dataType.ConfigBool("multiple") && entries.Count > 1)
        {
            return EditorResult.Fail(EditorCodes.OnlyOneMedia);
        }

        return EditorResult.Ok(entries.Count == 0 ? null : JsonSerializer.Serialize(entries, JsonDefaults.Storage));
    }

    private static Dictionary<string, object?> Entry(Guid key, Guid mediaKey, string? focal, string? crops) => new()
    {
        ["key"] = key,
        ["mediaKey"] = mediaKey,
        ["mediaTypeAlias"] = "",
        ["crops"] = crops is null ? Array.Empty<object>() : JsonSerializer.Deserialize<JsonElement>(crops),
        ["focalPoint"] = focal is null ? null : JsonSerializer.Deserialize<JsonElement>(focal),
    };

    public object? ToIntermediate(string? stored, DataType dataType, EditorContext context)
    {
        var result = new List<MediaPickerEntry>();
        if (string.IsNullOrEmpty(stored))
        {
            return result;
        }

        try
        {
            using var doc = JsonDocument.Parse(stored);
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                if (item.TryGetProperty("mediaKey", out var mk) && Guid.TryParse(mk.GetString(), out var mediaKey))
                {
                    var key = item.TryGetProperty("key", out var k) && Guid.TryParse(k.GetString(), out var kk) ? kk : mediaKey;
                    var focal = item.TryGetProperty("focalPoint", out var f) && f.ValueKind == JsonValueKind.Object ? f.GetRawText() : null;
                    var crops = item.TryGetProperty("crops", out var c) && c.ValueKind == JsonValueKind.Array && c.GetArrayLength() > 0 ? c.GetRawText() : null;
                    result.Add(new MediaPickerEntry(key, mediaKey, focal, crops));
                }
            }
        }
        catch (JsonException)
        {
            // A corrupt stored value shows as no media rather than breaking the whole item.
        }
        catch (InvalidOperationException)
        {
        }

        return result;
    }

    public void WriteDelivery(Utf8JsonWriter writer, object? intermediate, DataType dataType, IDeliveryOutput output, PropertyExpansion? expand, PropertyExpansion? fields)
    {
        // No value is null, as Umbraco's ApiPropertyRenderer; an array only once something was picked.
        if (intermediate is not List<MediaPickerEntry> { Count: > 0 } entries)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var entry in entries)
        {
            output.TryWriteMedia(writer, entry.MediaKey, entry, expand, fields);
        }

        writer.WriteEndArray();
    }

    public IEnumerable<Guid> References(object? intermediate) => (intermediate as List<MediaPickerEntry> ?? []).Select(e => e.MediaKey);
}
