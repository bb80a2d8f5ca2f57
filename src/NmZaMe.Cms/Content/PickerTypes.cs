using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Content;

/// <summary>
/// The types a picker's data type allows (its <c>filter</c>: document or media type aliases or keys, comma-separated,
/// as Umbraco's content, tree and media pickers store it), enforced on the server: the Image Media Picker accepted a PDF
/// because only the browser's list was ever meant to filter (review B3). Pickers inside blocks (a block list's elements
/// and settings, nested lists too) are checked by their own data types; the error is the block list's, naming the inner field.
/// </summary>
public static class PickerTypes
{
    /// <summary>The error code for a picked item of another type; the back office owns the words.</summary>
    public const string NotAllowed = "picker.typeNotAllowed";

    /// <summary>The same for a picker inside a block; the argument is the inner field's name (<see cref="SchemaText"/>).</summary>
    public const string NotAllowedInBlock = "picker.blockTypeNotAllowed";

    private static readonly string[] Pickers = ["Umbraco.ContentPicker", "Umbraco.MultiNodeTreePicker", "Umbraco.MediaPicker3"];

    /// <summary>The allowed type aliases of a picker property; empty when it allows every type (or is no picker).</summary>
    public static IReadOnlyList<string> Allowed(ContentSchema schema, PropertyType property)
    {
        if (!Pickers.Contains(property.EditorAlias) || schema.DataTypeOf(property).ConfigString("filter") is not { Length: > 0 } filter)
        {
            return [];
        }

        return filter.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(f => Guid.TryParse(f, out var key) ? schema.ContentTypes.FirstOrDefault(t => t.Key == key)?.Alias ?? f : f)
            .ToList();
    }

    public static bool Allows(IReadOnlyList<string> allowed, string typeAlias) =>
        allowed.Count == 0 || allowed.Contains(typeAlias, StringComparer.OrdinalIgnoreCase);

    /// <summary>Error keys (as the save's) of normalised values that pick an item of a type their data type does not allow.</summary>
    public static async Task<Dictionary<string, CmsError>> CheckAsync(CmsDbContext db, ContentSchema schema,
        IEnumerable<(string ErrorKey, PropertyType Property, string? Value)> values, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, CmsError>(StringComparer.Ordinal);
        var context = new EditorContext(schema);
        var picked = new List<(string ErrorKey, PropertyType? Inner, IReadOnlyList<string> Allowed, List<Guid> Keys)>();
        foreach (var (errorKey, property, value) in values.Where(v => !string.IsNullOrEmpty(v.Value)))
        {
            var allowed = Allowed(schema, property);
            var editor = schema.EditorOf(property);
            if (allowed.Count > 0)
            {
                picked.Add((errorKey, null, allowed, editor.References(editor.ToIntermediate(value, schema.DataTypeOf(property), context)).ToList()));
            }
            else if (editor is BlockListEditor && editor.ToIntermediate(value, schema.DataTypeOf(property), context) is BlockListValue blocks)
            {
                picked.AddRange(InBlocks(schema, blocks).Select(p => (errorKey, (PropertyType?)p.Property, p.Allowed, p.Keys)));
            }
        }

        var keys = picked.SelectMany(p => p.Keys).Distinct().ToList();
        if (keys.Count == 0)
        {
            return errors;
        }

        var types = await db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key))
            .Select(n => new { n.Key, n.ContentTypeAlias }).ToDictionaryAsync(n => n.Key, n => n.ContentTypeAlias, cancellationToken);
        foreach (var (errorKey, inner, allowed, pickedKeys) in picked)
        {
            // An item that no longer exists is not this rule's business (the picker shows it as missing).
            if (pickedKeys.Any(k => types.TryGetValue(k, out var alias) && !Allows(allowed, alias)))
            {
                errors.TryAdd(errorKey, inner is null ? new CmsError(NotAllowed) : new CmsError(NotAllowedInBlock, new SchemaText(inner.Name)));
            }
        }

        return errors;
    }

    /// <summary>Every picker with allowed types inside the blocks (content and settings, every culture, nested lists), with what it picks.</summary>
    private static IEnumerable<(PropertyType Property, IReadOnlyList<string> Allowed, List<Guid> Keys)> InBlocks(ContentSchema schema, BlockListValue blocks) =>
        blocks.Items.SelectMany(i => i.Settings is null ? [i.Content] : new[] { i.Content, i.Settings })
            .SelectMany(element => element.Properties.Values.SelectMany(p =>
            {
                var allowed = Allowed(schema, p.Type);
                var values = p.PropertyType.PerCulture ? element.Properties.Cultures.Select(p.Value) : [p.Value(string.Empty)];
                return values.SelectMany(v => allowed.Count > 0
                    ? [(p.Type, allowed, p.Editor.References(v).ToList())]
                    : v is BlockListValue nested ? InBlocks(schema, nested) : []);
            }));
}
