using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search.Internal;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Search;

/// <summary>
/// The back office's search (the header's box): every document by name and text, drafts and unpublished items included
/// and the recycle bin marked, plus media by name and alt text, from the internal index. Only what the editor's start
/// nodes hold is listed, so a result never names another organisation's item.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Content)]
public sealed class IndexModel(CmsDbContext db, ISnapshotSource snapshots, CurrentEditor editor, InternalIndex index, BackOfficeText T) : PageModel
{
    public const int PageSize = 25;

    public sealed record Hit(Guid Key, string Name, string Kind, string Url, bool Media, bool Trashed, bool Published, DateTime Updated, string Location);

    public string Query { get; private set; } = string.Empty;

    public IReadOnlyList<Hit> Hits { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(string? q, [FromQuery(Name = "page")] int page, CancellationToken cancellationToken)
    {
        if (!await editor.LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        Query = (q ?? string.Empty).Trim();
        if (Query.Length > 200)
        {
            Query = Query[..200];
        }

        if (Query.Length == 0)
        {
            return Page();
        }

        var keys = index.Search(Query);
        var nodes = await db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key)).ToDictionaryAsync(n => n.Key, cancellationToken);
        var found = keys.Select(k => nodes.GetValueOrDefault(k)).OfType<NodeRecord>()
            .Where(n => n.Kind == ContentKind.Media ? editor.AllowsMedia(n) : editor.Allows(n))
            .ToList();
        Total = found.Count;
        PageNumber = Math.Clamp(page, 1, Pages);
        var shown = found.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        var ancestorIds = shown.SelectMany(n => NodePath.Ids(n.Path)).Distinct().ToList();
        var ancestors = await db.Nodes.AsNoTracking().Where(n => ancestorIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
        var culture = T.IsEnglish ? "en-US" : "sl-SI";
        var schema = snapshots.Current.Schema;
        Hits = shown.Select(n =>
        {
            var media = n.Kind == ContentKind.Media;
            var location = string.Join(" › ", NodePath.Ids(n.Path).Where(id => id != n.Id).Select(id => ancestors.GetValueOrDefault(id)).OfType<NodeRecord>().Select(a => NodeNames.Of(a, culture)));
            var url = media ? $"/umbraco/media/{n.Key}" : n.Trashed ? $"/umbraco/recycle-bin/{n.Key}/restore" : $"/umbraco/content/{n.Key}/edit";
            var kind = media ? T["medij"] : T[schema.GetContentType(n.ContentTypeAlias)?.Name ?? n.ContentTypeAlias];
            return new Hit(n.Key, NodeNames.Of(n, culture), kind, url, media, n.Trashed, media || n.PublishedData is not null, n.UpdateDate, location);
        }).ToList();
        return Page();
    }
}
