using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>
/// The content tree, one level at a time (each item links to its children, so it expands without script), and a
/// read-only view of an item's draft properties. Reads the database, not the snapshot: editors see drafts too.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Content)]
public sealed class IndexModel(CmsDbContext db, ISnapshotSource snapshots, CurrentEditor editor,
    IAuthorizationService authorization, Localization.BackOfficeText T) : PageModel
{
    public bool CanEdit { get; private set; }

    public bool CanCreateAtRoot { get; private set; }

    public bool CanCreateHere { get; private set; }

    public string? WaitingFor { get; private set; }

    /// <summary>The outcome of a change just sent for approval (post-redirect-get), as fixed words so the query cannot inject text.</summary>
    public string? Requested { get; private set; }

    public sealed record Node(Guid Key, string Name, string TypeName, bool Published, bool HasChildren);

    public sealed record Property(string Tab, string Name, string Alias, string Culture, string? Value);

    public IReadOnlyList<Node> Ancestors { get; private set; } = [];

    public Node? Current { get; private set; }

    public DateTime? Updated { get; private set; }

    public IReadOnlyList<Property> Properties { get; private set; } = [];

    public IReadOnlyList<Node> Children { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? key, string? requested, CancellationToken cancellationToken)
    {
        Requested = requested switch
        {
            "move" => T["Premik je poslan v odobritev; spletno mesto ga pokaže, ko ga odobri urednik."],
            "trash" => T["Premik v koš je poslan v odobritev; do odobritve vsebina ostane na spletnem mestu."],
            _ => null,
        };
        if (!await editor.LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        var schema = snapshots.Current.Schema;
        var culture = schema.DefaultCulture;
        var startIds = editor.StartContentIds;
        var documents = db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Document && !n.Trashed);
        CanEdit = (await authorization.AuthorizeAsync(User, BackOfficePolicies.Edit)).Succeeded;
        CanCreateAtRoot = CanEdit && editor.AllowsRoot;

        if (key is null)
        {
            var roots = startIds is null
                ? await documents.Where(n => n.ParentId == null).OrderBy(n => n.SortOrder).ToListAsync(cancellationToken)
                : await documents.Where(n => startIds.Contains(n.Id)).OrderBy(n => n.SortOrder).ToListAsync(cancellationToken);
            Children = await ToNodesAsync(roots, schema, culture, cancellationToken);
            return Page();
        }

        var record = await documents.FirstOrDefaultAsync(n => n.Key == key, cancellationToken);

        // Outside the start nodes looks the same as missing, so keys of other organisations' items reveal nothing.
        if (record is null || !editor.Allows(record))
        {
            return NotFound();
        }

        var path = NodePath.Ids(record.Path).ToList();
        // Breadcrumbs start at the user's start node; what lies above it is not theirs to see.
        var ancestorIds = path.Where(id => id > 0 && id != record.Id && (startIds is null || path.IndexOf(id) >= path.FindIndex(startIds.Contains))).ToList();
        var ancestors = await documents.Where(n => ancestorIds.Contains(n.Id)).ToListAsync(cancellationToken);
        Ancestors = await ToNodesAsync(ancestors.OrderBy(n => n.Level).ToList(), schema, culture, cancellationToken);
        Current = (await ToNodesAsync([record], schema, culture, cancellationToken))[0];
        Updated = record.UpdateDate;
        WaitingFor = record.ApprovalRequestedBy;
        CanCreateHere = CanEdit && schema.GetContentType(record.ContentTypeAlias)?.AllowedChildren.Count > 0;
        Children = await ToNodesAsync(
            await documents.Where(n => n.ParentId == record.Id).OrderBy(n => n.SortOrder).ToListAsync(cancellationToken), schema, culture, cancellationToken);

        var data = ContentData.Deserialize(record.DraftData);
        if (schema.GetContentType(record.ContentTypeAlias) is { } type)
        {
            // Values as the version page shows them (review B20): rich text as its text, blocks by their texts, picked
            // items by name, a list's options in the reader's language; never storage JSON.
            var referenced = ContentHistory.VersionComparison.References(schema, type, data);
            var names = (await db.Nodes.AsNoTracking().Where(n => referenced.Contains(n.Key)).ToListAsync(cancellationToken))
                .ToDictionary(n => n.Key, n => NodeNames.Of(n, schema));
            Properties = schema.PropertiesOf(type)
                .SelectMany(p => (p.VariesByCulture ? schema.Languages.Select(l => l.IsoCode) : [string.Empty])
                    .Select(c => new Property(p.TabCaption is { } tab ? T[tab] : string.Empty, T[p.Name], p.Alias, c,
                        ContentHistory.VersionComparison.Display(schema, p, data.Value(p.Alias, c), T, names))))
                .ToList();
        }

        return Page();
    }

    private async Task<IReadOnlyList<Node>> ToNodesAsync(IReadOnlyList<NodeRecord> records, ContentSchema schema, string culture, CancellationToken cancellationToken)
    {
        var ids = records.Select(r => r.Id).ToList();
        var parents = await db.Nodes.Where(n => n.ParentId != null && ids.Contains(n.ParentId.Value) && !n.Trashed)
            .Select(n => n.ParentId!.Value).Distinct().ToListAsync(cancellationToken);
        return records.Select(r =>
        {
            var data = ContentData.Deserialize(r.DraftData);
            var name = data.Names.GetValueOrDefault(culture) ?? data.Names.GetValueOrDefault(string.Empty) ?? data.Names.Values.FirstOrDefault() ?? r.Key.ToString();
            return new Node(r.Key, name, schema.GetContentType(r.ContentTypeAlias)?.Name is { } typeName ? T[typeName] : r.ContentTypeAlias, r.PublishedData is not null, parents.Contains(r.Id));
        }).ToList();
    }
}
