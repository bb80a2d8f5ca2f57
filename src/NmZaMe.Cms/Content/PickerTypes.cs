using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Content;

/// <summary>
/// The types a picker's data type allows (its <c>filter</c>: document or media type aliases or keys, comma-separated,
/// as Umbraco's content, tree and media pickers store it), enforced on the server: the Image Media Picker accepted a PDF
/// because only the browser's list was ever meant to filter (review B3). Pickers inside blocks are not checked yet.
/// </summary>
public static class PickerTypes
{
    /// <summary>The error code for a picked item of another type; the back office owns the words.</summary>
    public const string NotAllowed = "picker.typeNotAllowed";

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
        var picked = new List<(string ErrorKey, IReadOnlyList<string> Allowed, List<Guid> Keys)>();
        foreach (var (errorKey, property, value) in values)
        {
            var allowed = Allowed(schema, property);
            if (allowed.Count > 0 && !string.IsNullOrEmpty(value))
            {
                var editor = schema.EditorOf(property);
                picked.Add((errorKey, allowed, editor.References(editor.ToIntermediate(value, schema.DataTypeOf(property), context)).ToList()));
            }
        }

        var keys = picked.SelectMany(p => p.Keys).Distinct().ToList();
        if (keys.Count == 0)
        {
            return errors;
        }

        var types = await db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key))
            .Select(n => new { n.Key, n.ContentTypeAlias }).ToDictionaryAsync(n => n.Key, n => n.ContentTypeAlias, cancellationToken);
        foreach (var (errorKey, allowed, pickedKeys) in picked)
        {
            // An item that no longer exists is not this rule's business (the picker shows it as missing).
            if (pickedKeys.Any(k => types.TryGetValue(k, out var alias) && !Allows(allowed, alias)))
            {
                errors[errorKey] = new CmsError(NotAllowed);
            }
        }

        return errors;
    }
}
