using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>What an approver compares: each name and property that differs between the published version and the draft.</summary>
public static class DraftComparison
{
    public sealed record Row(string Property, string Culture, string Published, string Draft);

    public static async Task<List<Row>> CompareAsync(CmsDbContext db, ContentSchema schema, NodeRecord node, IReadOnlyCollection<string> cultures, BackOfficeText T, CancellationToken cancellationToken)
    {
        var rows = new List<Row>();
        if (schema.GetContentType(node.ContentTypeAlias) is not { } type)
        {
            return rows;
        }

        var draft = ContentData.Deserialize(node.DraftData);
        var live = node.PublishedData is null ? new ContentData() : ContentData.Deserialize(node.PublishedData);
        var referenced = new HashSet<Guid>();
        var context = new EditorContext(schema);
        var pending = new List<(string Name, string Culture, PropertyType? Property, string? Before, string? After)>();
        var wanted = type.VariesByCulture ? (cultures.Count > 0 ? cultures : draft.Names.Keys.Where(c => c.Length > 0).ToList()) : [string.Empty];
        foreach (var culture in wanted)
        {
            var beforeName = live.Names.GetValueOrDefault(culture);
            var afterName = draft.Names.GetValueOrDefault(culture);
            if (beforeName != afterName)
            {
                pending.Add(("Ime", culture, null, beforeName, afterName));
            }

            foreach (var p in schema.PropertiesOf(type))
            {
                var c = Publishing.ValueCulture(type, p, culture);
                var before = live.Value(p.Alias, c);
                var after = draft.Value(p.Alias, c);
                if (before != after && !pending.Any(x => x.Property == p && x.Culture == c))
                {
                    pending.Add((p.Name, c, p, before, after));
                }
            }
        }

        string Text(PropertyType? p, string? stored, Dictionary<Guid, string> names)
        {
            if (p is null || string.IsNullOrEmpty(stored))
            {
                return stored ?? string.Empty;
            }

            return ValueText(schema, p, stored, T, names, context);
        }

        foreach (var x in pending.Where(x => x.Property is not null))
        {
            var editor = schema.EditorOf(x.Property!);
            foreach (var s in new[] { x.Before, x.After }.OfType<string>())
            {
                referenced.UnionWith(editor.References(editor.ToIntermediate(s, schema.DataTypeOf(x.Property!), context)));
            }
        }

        var names = (await db.Nodes.AsNoTracking().Where(n => referenced.Contains(n.Key)).Select(n => new { n.Key, n.DraftData }).ToListAsync(cancellationToken))
            .ToDictionary(n => n.Key, n =>
            {
                var d = ContentData.Deserialize(n.DraftData);
                return d.Names.GetValueOrDefault(schema.DefaultCulture) ?? d.Names.Values.FirstOrDefault() ?? n.Key.ToString();
            });
        rows.AddRange(pending.Select(x => new Row(x.Name, x.Culture, Text(x.Property, x.Before, names), Text(x.Property, x.After, names))));
        return rows;
    }

    /// <summary>
    /// A stored value as an editor reads it: what it says, a list's options in the reader's language, picked items by
    /// name. Structured values (rich text, block lists) never show their storage JSON (review B20): what they say, or a dash.
    /// </summary>
    public static string ValueText(ContentSchema schema, PropertyType p, string stored, BackOfficeText T, IReadOnlyDictionary<Guid, string> names, EditorContext context)
    {
        var editor = schema.EditorOf(p);
        var value = editor.ToIntermediate(stored, schema.DataTypeOf(p), context);
        var parts = OptionWords(schema, p, editor.Text(value), T).Concat(editor.References(value).Select(k => names.GetValueOrDefault(k) ?? k.ToString())).ToList();
        return parts.Count > 0 ? string.Join(" · ", parts) : stored.TrimStart() is ['{' or '[', ..] ? "–" : stored;
    }

    /// <summary>
    /// The texts of a list's value in the reader's language: an option is the schema's word (stored in Slovenian, shown
    /// translated like the select that offers it), any other text is what an editor wrote and stays as written.
    /// </summary>
    public static IEnumerable<string> OptionWords(ContentSchema schema, PropertyType property, IEnumerable<string> texts, BackOfficeText T)
    {
        IReadOnlyCollection<string> options = schema.DataTypeOf(property).ConfigItems();
        // A block list's texts hold its elements' options too (a location's opening days, nested two levels down):
        // any list's option is a schema word, shown in the reader's language as in the block's own select.
        if (options.Count == 0 && property.EditorAlias == "Umbraco.BlockList")
        {
            options = schema.DataTypes.Values.SelectMany(d => d.ConfigItems()).ToHashSet(StringComparer.Ordinal);
        }

        return options.Count == 0 ? texts : texts.Select(t => options.Contains(t, StringComparer.Ordinal) ? T[t] : t);
    }
}
