using System.Text.Json;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Editors;

/// <summary>
/// One property editor (Umbraco's "data editor" plus its value converter): how a value is validated and stored,
/// how it is held in the published snapshot, and how the Delivery API writes it.
/// </summary>
public interface IPropertyEditor
{
    string Alias { get; }

    /// <summary>Checks an editor's or importer's value and returns the form it is stored in, or an error.</summary>
    EditorResult Normalise(string? raw, DataType dataType, EditorContext context);

    /// <summary>Parses a stored value into the object the published snapshot keeps (done once per published value, on its first read; not per request).</summary>
    object? ToIntermediate(string? stored, DataType dataType, EditorContext context);

    void WriteDelivery(Utf8JsonWriter writer, object? intermediate, DataType dataType, IDeliveryOutput output, PropertyExpansion? expand, PropertyExpansion? fields);

    /// <summary>Plain text for search and for the "is it empty" check of mandatory properties.</summary>
    IEnumerable<string> Text(object? intermediate) => [];

    /// <summary>Keys of other items this value points at (pickers, links, blocks), so caches know what to refresh.</summary>
    IEnumerable<Guid> References(object? intermediate) => [];
}

public readonly record struct EditorResult(string? Value, string? Error)
{
    public static EditorResult Ok(string? value) => new(value, null);

    public static EditorResult Fail(string error) => new(null, error);

    public bool IsValid => Error is null;
}

/// <summary>What an editor may need besides its configuration: the schema, for nested block elements.</summary>
public sealed record EditorContext(ContentSchema Schema);
