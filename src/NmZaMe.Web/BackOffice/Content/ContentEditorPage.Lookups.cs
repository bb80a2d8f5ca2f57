using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>What the form shows besides the values: picker searches, names of picked items, media, documents, tags, culture states.</summary>
public abstract partial class ContentEditorPage
{
    /// <summary>Choices a picker's search shows at a time; one more is read to know whether a next page exists.</summary>
    public const int PickerPage = 25;

    /// <summary>
    /// Items of the picker's allowed types whose name contains the query (drafts too: editors link to work in progress),
    /// page <paramref name="page"/> of <see cref="PickerPage"/>, plus the first of the next page when there is one.
    /// A picker limited to types (life situations, "checked by") offers all of them, like an Umbraco picker whose data
    /// type ignores user start nodes: an organisation editor must link services to the shared life situations, which lie
    /// outside their start node. Without a type list the picker stays within the editor's start nodes.
    /// </summary>
    public async Task<List<Picked>> FindAsync(PropertyType property, string query, CancellationToken cancellationToken, int page = 0)
    {
        var filter = Schema.DataTypeOf(property).ConfigString("filter")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        var nodes = Db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Document && !n.Trashed);
        if (filter.Length > 0)
        {
            nodes = nodes.Where(n => filter.Contains(n.ContentTypeAlias));
        }

        var candidates = await nodes.Select(n => new { n.Key, n.ContentTypeAlias, n.DraftData, n.Path }).ToListAsync(cancellationToken);
        var folded = Fold(query.Trim());
        return candidates
            .Where(c => filter.Length > 0 || Access.StartContentIds is null || NodePath.IsAtOrUnder(c.Path, Access.StartContentIds))
            .Select(c => new Picked(Udi.Document(c.Key), NameOf(ContentData.Deserialize(c.DraftData)), Schema.GetContentType(c.ContentTypeAlias)?.Name is { } typeName ? T[typeName] : c.ContentTypeAlias))
            .Where(p => folded.Length == 0 || Fold(p.Name).Contains(folded, StringComparison.Ordinal))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .Skip(Math.Max(0, page) * PickerPage)
            .Take(PickerPage + 1)
            .ToList();
    }

    /// <summary>The inline search of a top-level picker, for editor.js: the same matches the "Išči" button lists.</summary>
    protected async Task<IActionResult> SearchJsonAsync(string? path, string? query, CancellationToken cancellationToken)
    {
        var property = Properties.FirstOrDefault(p => EditorForm.Prefix + p.Alias == path
            && p.EditorAlias is "Umbraco.ContentPicker" or "Umbraco.MultiNodeTreePicker");
        if (property is null)
        {
            return NotFound();
        }

        var found = await FindAsync(property, query ?? string.Empty, cancellationToken);
        return new JsonResult(found.Take(PickerPage).Select(f => new { udi = f.Udi, name = f.Name, type = f.TypeName, label = T["Izberi: {0}", f.Name] }));
    }

    /// <summary>
    /// A picker's search (<c>search|path|page</c>) or the search of a link row's "content on this site"
    /// (<c>linksearch|path|row,page</c>): the results are kept under the search box's own path (<c>path</c> or <c>path.row</c>).
    /// The link picker searches like a content picker without a type filter, within the editor's start nodes (the data
    /// type's ignoreUserStartNodes is false), instead of listing every document of the catalogue (review §1, row 9).
    /// </summary>
    protected async Task SearchAsync(EditorOp op, CancellationToken cancellationToken)
    {
        // search|path|page, linksearch|path|row or linksearch|path|row,page
        var arg = op.Arg.Split(',', 2);
        var box = op.Name switch { "search" => op.Path, "linksearch" when int.TryParse(arg[0], out var row) && row >= 0 => $"{op.Path}.{row}", _ => null };
        if (box is not null && Form.ByPath.TryGetValue(op.Path, out var field))
        {
            var page = int.TryParse(op.Name == "search" ? arg[0] : arg.ElementAtOrDefault(1), out var p) ? Math.Min(Math.Max(0, p), 10_000) : 0;
            SearchPages[box] = page;
            SearchResults[box] = await FindAsync(field.Property, Request.Form[box + ".q"].ToString(), cancellationToken, page);
        }
    }

    /// <summary>Names for picked items, picked media, documents for internal links, tags in use, culture states.</summary>
    protected async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        var picked = Form.ByPath.Values.SelectMany(f => f.State.Items.Concat(f.State.Links.Select(l => l.Content)))
            .Select(u => Udi.TryParse(u, out _, out var k) ? k : Guid.Empty).Where(k => k != Guid.Empty).Distinct().ToList();
        foreach (var n in await Db.Nodes.AsNoTracking().Where(n => picked.Contains(n.Key)).Select(n => new { n.Key, n.DraftData }).ToListAsync(cancellationToken))
        {
            Names[Udi.Document(n.Key)] = NameOf(ContentData.Deserialize(n.DraftData));
        }

        var kinds = Form.ByPath.Values.Select(f => f.Property.EditorAlias).ToHashSet();
        if (kinds.Contains("Umbraco.MediaPicker3"))
        {
            // Only what is picked: the choices come page by page from the picker's panel (issue 14).
            await LoadPickedMediaAsync(cancellationToken);
        }

        if (kinds.Contains("Umbraco.Tags"))
        {
            var aliases = Form.ByPath.Values.Where(f => f.Property.EditorAlias == "Umbraco.Tags").Select(f => f.Property.Alias).ToHashSet();
            var published = Snapshots.Current.All;
            ExistingTags.AddRange(published
                .SelectMany(c => aliases.SelectMany(a => new[] { c.Value(a, Culture), c.Value(a, string.Empty) }))
                .OfType<string[]>().SelectMany(t => t).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture).Take(300));
        }

        if (Node is not null)
        {
            Info = await ItemInfo.LoadAsync(Db, Snapshots.Current, Access, Node, HttpContext.RequestServices.GetRequiredService<ReferenceMap>(), cancellationToken);
            var draft = ContentData.Deserialize(Node.DraftData);
            var live = Node.PublishedData is null ? null : ContentData.Deserialize(Node.PublishedData);
            foreach (var language in Type.VariesByCulture ? Schema.Languages.Select(l => l.IsoCode) : [string.Empty])
            {
                var status = live is null || !live.Names.ContainsKey(language) ? "osnutek"
                    : Same(draft, live, language) ? "objavljeno" : "spremenjeno po objavi";
                Statuses.Add(new CultureStatus(language, draft.Names.GetValueOrDefault(language) ?? string.Empty, status));
            }
        }
    }

    private bool Same(ContentData draft, ContentData live, string culture)
    {
        if (draft.Names.GetValueOrDefault(culture) != live.Names.GetValueOrDefault(culture))
        {
            return false;
        }

        var context = new EditorContext(Schema);
        return Properties.All(p =>
        {
            var c = Publishing.ValueCulture(Type, p, culture);
            var edited = draft.Value(p.Alias, c);
            var editor = Schema.EditorOf(p);
            if (c.Length == 0 && Type.VariesByCulture && editor.CanMergePartialValues(p))
            {
                // Block texts of the other languages do not make this one "changed": compare what publishing it would give.
                edited = editor.MergePartialValueForCulture(edited, editor.MergePartialValueForCulture(edited, live.Value(p.Alias, c), culture, context), null, context);
            }

            return edited == live.Value(p.Alias, c);
        });
    }

    private static string Fold(string s) =>
        new string(s.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
}
