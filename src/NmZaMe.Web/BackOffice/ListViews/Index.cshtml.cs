using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.BackOffice.TreeActions;

namespace NmZaMe.Web.BackOffice.ListViews;

/// <summary>
/// A parent's children as a list view (the organisations of the catalogue, an organisation's services): columns,
/// filters, sorting and paging in the query string (no JavaScript needed), and bulk actions on the ticked rows. Each
/// bulk action needs its own permission, as on the item's pages; the answer lists what happened to every item.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Content)]
public sealed class IndexModel(CmsDbContext db, ISnapshotSource snapshots, CurrentEditor editor, ReviewSchedule schedule, ContentCommit commit, MailOutbox outbox,
    TimeProvider clock, BackOfficeText T) : PageModel
{
    public const int PageSize = 25;

    public string ParentName { get; private set; } = string.Empty;

    public IReadOnlyList<string> Languages { get; private set; } = [];

    public IReadOnlyList<ListRows.Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int All { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public ListRows.Filter Filter { get; private set; } = new(null, null, false, "name", false);

    /// <summary>Where the ticked items may move (the children's allowed parents within the editor's scope).</summary>
    public ParentPicker? MoveTargets { get; private set; }

    /// <summary>After a bulk action: what happened to each item; null while listing.</summary>
    public IReadOnlyList<BulkActions.Outcome>? Results { get; private set; }

    public string? Action { get; private set; }

    [BindProperty]
    public List<Guid> Keys { get; set; } = [];

    [BindProperty]
    public string? ParentKey { get; set; }

    public bool Can(string permission) => editor.Can(permission);

    public async Task<IActionResult> OnGetAsync(Guid key, string? status, string? missing, string? review, string? sort, string? dir, [FromQuery(Name = "page")] int page, CancellationToken cancellationToken)
    {
        if (await ParentAsync(key, cancellationToken) is not { } parent)
        {
            return NotFound();
        }

        var schema = snapshots.Current.Schema;
        Languages = schema.Languages.Select(l => l.IsoCode).ToList();
        Filter = new ListRows.Filter(status, Languages.Contains(missing ?? string.Empty) ? missing : null, review == "due",
            sort is "updated" or "checked" or "status" ? sort : "name", dir == "desc");
        var rows = await ListRows.LoadAsync(db, schema, schedule, parent, T.IsEnglish ? "en-US" : "sl-SI", clock.GetUtcNow().UtcDateTime, cancellationToken);
        All = rows.Count;
        var filtered = ListRows.Apply(rows, Filter, StringComparer.Create(T.Culture, ignoreCase: true)).ToList();
        Total = filtered.Count;
        PageNumber = Math.Clamp(page, 1, Pages);
        Rows = filtered.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        var childType = rows.GroupBy(r => r.TypeAlias).OrderByDescending(g => g.Count()).Select(g => schema.GetContentType(g.Key)).FirstOrDefault();
        if (editor.Can(Permissions.ContentMove) && childType is not null)
        {
            MoveTargets = await ParentPicker.BuildAsync(db, schema, editor, childType, null, null, T["Premakni pod"], cancellationToken);
        }

        return Page();
    }

    public Task<IActionResult> OnPostPublishAsync(Guid key, CancellationToken cancellationToken) =>
        RunAsync(key, "publish", editor.Can(Permissions.ContentPublish) || editor.Can(Permissions.ContentEdit), (b, nodes) => b.PublishAsync(nodes, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(Guid key, CancellationToken cancellationToken) =>
        RunAsync(key, "unpublish", editor.Can(Permissions.ContentPublish) || editor.Can(Permissions.ContentEdit), (b, nodes) => b.UnpublishAsync(nodes, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCheckAsync(Guid key, CancellationToken cancellationToken) =>
        RunAsync(key, "check", editor.Can(Permissions.ContentEdit), (b, nodes) => b.CheckAsync(nodes, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostTrashAsync(Guid key, CancellationToken cancellationToken) =>
        RunAsync(key, "trash", editor.Can(Permissions.ContentTrash), (b, nodes) => b.TrashAsync(nodes, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostMoveAsync(Guid key, CancellationToken cancellationToken)
    {
        var (ok, parentKey, error) = await editor.LoadAsync(cancellationToken)
            ? await ParentPicker.ResolveAsync(db, editor, ParentKey, "Izberite novo nadrejeno vsebino.", cancellationToken)
            : (false, null, null);
        return await RunAsync(key, "move", editor.Can(Permissions.ContentMove), async (b, nodes) => ok
            ? await b.MoveAsync(nodes, parentKey, cancellationToken)
            : nodes.Select(n => new BulkActions.Outcome(n.Key, NodeNames.Of(n, snapshots.Current.Schema), BulkActions.Refused, error)).ToList(), cancellationToken);
    }

    private async Task<IActionResult> RunAsync(Guid key, string action, bool allowed, Func<BulkActions, IReadOnlyList<NodeRecord>, Task<List<BulkActions.Outcome>>> run,
        CancellationToken cancellationToken)
    {
        if (await ParentAsync(key, cancellationToken) is null)
        {
            return NotFound();
        }

        if (!allowed)
        {
            return Forbid();
        }

        Action = action;
        var wanted = Keys.Distinct().ToList();
        var nodes = (await db.Nodes.AsNoTracking().Where(n => wanted.Contains(n.Key) && n.Kind == ContentKind.Document && !n.Trashed).ToListAsync(cancellationToken))
            .Where(editor.Allows).ToList();
        var ordered = wanted.Select(k => nodes.FirstOrDefault(n => n.Key == k)).OfType<NodeRecord>().ToList();
        var outcomes = await run(new BulkActions(db, snapshots.Current.Schema, commit, outbox, clock, editor), ordered);
        // Keys not found or outside the start nodes get one answer, so they reveal nothing.
        outcomes.AddRange(wanted.Where(k => ordered.All(n => n.Key != k)).Select(k => new BulkActions.Outcome(k, k.ToString(), BulkActions.Refused, BulkActions.NotFound)));
        Results = outcomes;
        return Page();
    }

    /// <summary>The list's parent, when the editor may see it; its name for the heading.</summary>
    private async Task<NodeRecord?> ParentAsync(Guid key, CancellationToken cancellationToken)
    {
        var parent = await editor.DocumentAsync(key, cancellationToken);
        if (parent is not null)
        {
            ParentName = NodeNames.Of(parent, T.IsEnglish ? "en-US" : "sl-SI");
        }

        return parent;
    }

    /// <summary>An outcome in the editor's language: engine codes and the use cases' sentences both end here.</summary>
    public string Words(BulkActions.Outcome outcome) => outcome.Code switch
    {
        BulkActions.Done => Action switch
        {
            "publish" => T["Objavljeno."],
            "unpublish" => T["Objava preklicana."],
            "check" => T["Označeno kot preverjeno."],
            "move" => T["Premaknjeno."],
            _ => T["Premaknjeno v koš."],
        },
        BulkActions.Requested => T["Poslano v odobritev; na strani se še nič ni spremenilo."],
        _ when outcome.Error is { } error => T[error],
        _ => outcome.Reason switch
        {
            BulkActions.NotFound or ConfirmUnchanged.NotFound => T["Te vsebine ni ali je ne smete urejati."],
            BulkActions.NotPublished => T["Ni objavljeno."],
            ConfirmUnchanged.NotPublished => T["Vnos ni objavljen; potrdite ga po objavi."],
            ConfirmUnchanged.NotReviewed => T["Ta vrsta vsebine se ne preverja."],
            Review.WithoutContactChannel => T["Vnos nima svojega kontakta (telefona, e-pošte, spletne strani ali naslova), zato ga ni mogoče označiti kot preverjenega."],
            { Length: > 0 } sentence => T[sentence],
            _ => T["Ni uspelo."],
        },
    };
}
