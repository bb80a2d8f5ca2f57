using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.TreeActions;

/// <summary>
/// Orders the children of an item (or the root level). Without script: the up/down buttons post the form and show
/// the new order unsaved; "Shrani" saves what the number fields say (ties keep the listed order).
/// </summary>
[Authorize(Policy = BackOfficePolicies.Sort)]
public sealed class SortModel(CmsDbContext db, ISnapshotSource snapshots, ContentCommit commit, CurrentEditor editor, MailOutbox outbox, BackOfficeText T) : PageModel
{
    public sealed record Row(Guid Key, string Name, string TypeName, bool Published);

    public string? ParentName { get; private set; }

    public Guid? ParentKey { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool Unsaved { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public List<Guid> Keys { get; set; } = [];

    [BindProperty]
    public List<string?> Positions { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? key, CancellationToken cancellationToken) =>
        await LoadAsync(key, cancellationToken) is not null ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid? key, int? up, int? down, CancellationToken cancellationToken)
    {
        var scope = await LoadAsync(key, cancellationToken);
        if (scope is null)
        {
            return NotFound();
        }

        var byKey = Rows.ToDictionary(r => r.Key);
        if (Keys.Count != Rows.Count || Keys.Any(k => !byKey.ContainsKey(k)) || Keys.Distinct().Count() != Keys.Count)
        {
            Error = T["Seznam podrejenih se je medtem spremenil. Preverite vrstni red in shranite znova."];
            return Page();
        }

        var order = Keys.ToList();
        if (up is { } u || down is { } d)
        {
            var from = up ?? down!.Value;
            var to = up is not null ? from - 1 : from + 1;
            if (from >= 0 && from < order.Count && to >= 0 && to < order.Count)
            {
                (order[from], order[to]) = (order[to], order[from]);
            }

            return Show(order, byKey, unsaved: true);
        }

        var invalid = Positions.Select((p, i) => (p, i)).Where(x => !int.TryParse(x.p, out var n) || n < 1 || n > 100000).Select(x => x.i).ToList();
        if (Positions.Count != order.Count || invalid.Count > 0)
        {
            foreach (var i in invalid)
            {
                ModelState.AddModelError($"Positions[{i}]", T["Vpišite celo število od 1 naprej."]);
            }

            Rows = order.Select(k => byKey[k]).ToList();
            Unsaved = true;
            return Page();
        }

        var sorted = order.Select((k, i) => (k, i, p: int.Parse(Positions[i]!, System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(x => x.p).ThenBy(x => x.i).Select(x => x.k).ToList();
        var result = await new SortContent(db, commit).ExecuteAsync(key, sorted, editor.Can(Permissions.ContentPublish), scope.UserName, cancellationToken);
        if (result.Outcome == ContentOutcome.NeedsApproval)
        {
            await new RequestContentChange(db, outbox).ExecuteAsync(ContentRequestKind.Sort, key ?? Guid.Empty, ContentRequests.Order(sorted), scope.UserName, cancellationToken);
            return Redirect(key is null ? "/umbraco/content/sort?requested=1" : $"/umbraco/content/{key}/sort?requested=1");
        }

        if (!result.Succeeded)
        {
            Error = result.Errors.Values.FirstOrDefault() is { } error ? T[error] : T["Vrstnega reda ni bilo mogoče shraniti."];
            await LoadAsync(key, cancellationToken);
            return Show(Rows.Select(r => r.Key).ToList(), Rows.ToDictionary(r => r.Key), unsaved: false);
        }

        return Redirect(key is null ? "/umbraco/content/sort?saved=1" : $"/umbraco/content/{key}/sort?saved=1");
    }

    private PageResult Show(List<Guid> order, Dictionary<Guid, Row> byKey, bool unsaved)
    {
        // The fields must show the new order, not the posted values.
        ModelState.Clear();
        Rows = order.Select(k => byKey[k]).ToList();
        Positions = Rows.Select((_, i) => (string?)(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Unsaved = unsaved;
        return Page();
    }

    private async Task<CurrentEditor?> LoadAsync(Guid? key, CancellationToken cancellationToken)
    {
        var scope = await editor.ScopeAsync(cancellationToken);
        if (scope is null)
        {
            return null;
        }

        var schema = snapshots.Current.Schema;
        int? parentId = null;
        if (key is { } k)
        {
            if (await scope.DocumentAsync(k, trashed: false, cancellationToken) is not { } parent)
            {
                return null;
            }

            parentId = parent.Id;
            ParentKey = parent.Key;
            ParentName = NodeNames.Of(parent, schema);
        }
        else if (!scope.AllowsRoot)
        {
            return null;
        }

        var children = await db.Nodes.AsNoTracking().Where(n => n.ParentId == parentId && !n.Trashed && n.Kind == ContentKind.Document)
            .OrderBy(n => n.SortOrder).ThenBy(n => n.Id).ToListAsync(cancellationToken);
        Rows = children.Select(c => new Row(c.Key, NodeNames.Of(c, schema), schema.GetContentType(c.ContentTypeAlias)?.Name is { } typeName ? T[typeName] : c.ContentTypeAlias, c.PublishedData is not null)).ToList();
        if (Request.Method == HttpMethods.Get)
        {
            Positions = Rows.Select((_, i) => (string?)(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        }

        return scope;
    }
}
