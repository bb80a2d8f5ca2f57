using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.ListViews;

/// <summary>What a list view shows of a parent's children: one row per child with its state in each culture.</summary>
public static class ListRows
{
    /// <summary>A culture's state: <see cref="Published"/>, <see cref="Changed"/> since publishing, <see cref="Draft"/> only, or <see cref="Missing"/> (no name in it).</summary>
    public const string Published = "published";
    public const string Changed = "changed";
    public const string Draft = "draft";
    public const string Missing = "missing";

    public sealed record CultureState(string Culture, string State);

    public sealed record Row(Guid Key, string Name, string TypeAlias, string TypeName, IReadOnlyList<CultureState> Cultures, DateTime? LastChecked,
        bool ReviewDue, DateTime Updated, string? Author, bool AwaitingApproval)
    {
        public bool AnyPublished => Cultures.Any(c => c.State is Published or Changed);
    }

    /// <summary>Query-string filters; unknown values are ignored, so a hand-edited address still shows a list.</summary>
    public sealed record Filter(string? Status, string? Missing, bool ReviewDue, string Sort, bool Descending);

    public static async Task<List<Row>> LoadAsync(CmsDbContext db, ContentSchema schema, ReviewSchedule schedule, NodeRecord parent, string culture, DateTime now,
        CancellationToken cancellationToken)
    {
        var nodes = await db.Nodes.AsNoTracking().Where(n => n.ParentId == parent.Id && n.Kind == ContentKind.Document && !n.Trashed)
            .OrderBy(n => n.SortOrder).ToListAsync(cancellationToken);
        var ids = nodes.Select(n => n.Id).ToList();
        var latest = await db.ContentVersions.AsNoTracking().Where(v => ids.Contains(v.NodeId)).GroupBy(v => v.NodeId).Select(g => g.Max(v => v.Id)).ToListAsync(cancellationToken);
        var authors = (await db.ContentVersions.AsNoTracking().Where(v => latest.Contains(v.Id)).Select(v => new { v.NodeId, v.UserName }).ToListAsync(cancellationToken))
            .ToDictionary(v => v.NodeId, v => v.UserName);
        var userNames = authors.Values.OfType<string>().Distinct().ToList();
        var names = (await db.Users.AsNoTracking().Where(u => userNames.Contains(u.UserName!)).Select(u => new { u.UserName, u.Name }).ToListAsync(cancellationToken))
            .ToDictionary(u => u.UserName!, u => string.IsNullOrWhiteSpace(u.Name) ? u.UserName! : u.Name!);
        var languages = schema.Languages.Select(l => l.IsoCode).ToList();
        return nodes.Select(n =>
        {
            var type = schema.GetContentType(n.ContentTypeAlias);
            var draft = ContentData.Deserialize(n.DraftData);
            var live = n.PublishedData is null ? null : ContentData.Deserialize(n.PublishedData);
            var cultures = type?.VariesByCulture == false ? [string.Empty] : languages;
            var states = cultures.Select(c => new CultureState(c, State(draft, live, c))).ToList();
            var reviewed = type is not null && schema.Property(type, Review.LastReviewed) is not null;
            var last = live is null ? null : ReviewSchedule.LastReviewed(live);
            var next = schedule.NextReview(last, n.ContentTypeAlias);
            var author = authors.GetValueOrDefault(n.Id);
            return new Row(n.Key, NodeNames.Of(n, culture), n.ContentTypeAlias, type?.Name ?? n.ContentTypeAlias, states, last,
                reviewed && live is not null && (next is null || next <= now.AddDays(Dashboard.IndexModel.DueSoonDays)),
                n.UpdateDate, author is null ? null : names.GetValueOrDefault(author, author), n.ApprovalRequestedBy is not null);
        }).ToList();
    }

    public static IEnumerable<Row> Apply(IEnumerable<Row> rows, Filter filter, IComparer<string> names)
    {
        rows = filter.Status switch
        {
            Published => rows.Where(r => r.AnyPublished),
            "unpublished" => rows.Where(r => !r.AnyPublished),
            Changed => rows.Where(r => r.Cultures.Any(c => c.State == Changed)),
            "waiting" => rows.Where(r => r.AwaitingApproval),
            _ => rows,
        };
        if (!string.IsNullOrEmpty(filter.Missing))
        {
            rows = rows.Where(r => r.Cultures.Any(c => string.Equals(c.Culture, filter.Missing, StringComparison.OrdinalIgnoreCase) && c.State == Missing));
        }

        if (filter.ReviewDue)
        {
            rows = rows.Where(r => r.ReviewDue);
        }

        var sorted = filter.Sort switch
        {
            "updated" => rows.OrderBy(r => r.Updated),
            "checked" => rows.OrderBy(r => r.LastChecked ?? DateTime.MinValue),
            "status" => rows.OrderBy(r => r.AnyPublished).ThenBy(r => r.Cultures.Count(c => c.State == Published)),
            _ => rows.OrderBy(r => r.Name, names),
        };
        var ordered = sorted.ThenBy(r => r.Name, names).ThenBy(r => r.Key).ToList();
        if (filter.Descending)
        {
            ordered.Reverse();
        }

        return ordered;
    }

    private static string State(ContentData draft, ContentData? live, string culture)
    {
        if (!draft.Names.ContainsKey(culture))
        {
            return live?.Names.ContainsKey(culture) == true ? Changed : Missing;
        }

        if (live is null || !live.Names.ContainsKey(culture))
        {
            return Draft;
        }

        return Same(draft, live, culture) ? Published : Changed;
    }

    /// <summary>The culture's name and values (and the invariant ones) as published; review dates are not edits.</summary>
    private static bool Same(ContentData draft, ContentData live, string culture) =>
        draft.Names.GetValueOrDefault(culture) == live.Names.GetValueOrDefault(culture)
        && draft.Values.Keys.Union(live.Values.Keys).Where(a => a is not Review.LastReviewed and not Review.ReviewedBy)
            .All(a => draft.Value(a, culture) == live.Value(a, culture) && draft.Value(a, string.Empty) == live.Value(a, string.Empty));
}
