using System.Text.Json;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

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

    /// <summary>
    /// Whether an invariant value of a culture-variant item holds culture values of its own (a block list with variant
    /// elements), so publishing one culture merges it instead of copying it (Umbraco's <c>CanMergePartialPropertyValues</c>).
    /// </summary>
    bool CanMergePartialValues(PropertyType property) => false;

    /// <summary>
    /// The published value after publishing <paramref name="culture"/> (null: the invariant part) of the edited value
    /// <paramref name="source"/> over the published <paramref name="target"/> (Umbraco's <c>MergePartialPropertyValueForCulture</c>).
    /// </summary>
    string? MergePartialValueForCulture(string? source, string? target, string? culture, EditorContext context) => source;

    /// <summary>
    /// The draft value after saving a normalised value that an editor sent for some cultures only: what the value holds
    /// for the cultures it was not edited in is kept from <paramref name="current"/>.
    /// </summary>
    string? MergeEditedValue(string? edited, string? current, EditorContext context) => edited;
}

public readonly record struct EditorResult(string? Value, CmsError? Error)
{
    public static EditorResult Ok(string? value) => new(value, null);

    public static EditorResult Fail(CmsError error) => new(null, error);

    public static EditorResult Fail(string code, params object?[] args) => new(null, new CmsError(code, args));

    public bool IsValid => Error is null;
}

/// <summary>What an editor may need besides its configuration: the schema, for nested block elements.</summary>
public sealed record EditorContext(ContentSchema Schema)
{
    /// <summary>
    /// Whether the item (or block element) that holds the value varies by culture. Block elements vary only when their
    /// owner does too, as in Umbraco; otherwise their default-language values are used as invariant ones.
    /// </summary>
    public bool OwnerVariesByCulture { get; init; } = true;

    /// <summary>
    /// Set while checking a draft for publishing: the cultures being published, whose values inside the value (block
    /// elements exposed in them) must meet their mandatory and regex rules. "" stands for an invariant item.
    /// </summary>
    public IReadOnlyCollection<string>? PublishingCultures { get; init; }
}
