using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Corrections;

/// <summary>
/// The inbox of citizens' corrections, limited to the reader's part of the tree: an editor with start nodes sees the
/// suggestions about items under them only (an item deleted since is then out of sight too), the office sees all.
/// </summary>
public sealed class CorrectionInbox(ICmsDbContextFactory dbFactory)
{
    public const int MaxRows = 500;

    public sealed record Row(
        Guid Key, DateTime ArrivedAt, Guid ItemKey, Guid? OrganisationKey, string Text, bool HasEmail, string Language,
        CorrectionStatus Status, string? Reason, string? HandledBy, DateTime? HandledAt, DateTime? RepliedAt);

    /// <param name="startIds">The reader's start nodes' ids (<c>CurrentEditor.StartContentIds</c>); null for the whole tree.</param>
    public async Task<IReadOnlyList<Row>> ListAsync(CorrectionStatus? status, Guid? organisation, IReadOnlySet<int>? startIds, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        var query = db.Corrections.AsNoTracking();
        if (status is { } only)
        {
            query = query.Where(c => c.Status == only);
        }

        if (organisation is { } org)
        {
            query = query.Where(c => c.OrganisationKey == org);
        }

        var rows = await query.OrderByDescending(c => c.ArrivedAt).ThenByDescending(c => c.Id).Take(startIds is null ? MaxRows : MaxRows * 4).ToListAsync(cancellationToken);
        return (await InScopeAsync(db, rows, startIds, cancellationToken)).Take(MaxRows).Select(Of).ToList();
    }

    /// <summary>One suggestion, or null when missing or outside the reader's start nodes (which look alike).</summary>
    public async Task<Row?> GetAsync(Guid key, IReadOnlySet<int>? startIds, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        var row = await db.Corrections.AsNoTracking().FirstOrDefaultAsync(c => c.Key == key, cancellationToken);
        return row is null ? null : (await InScopeAsync(db, [row], startIds, cancellationToken)).Select(Of).FirstOrDefault();
    }

    /// <summary>The accepted suggestions about an item: the notes its editor sees beside the form.</summary>
    public async Task<IReadOnlyList<Row>> AcceptedForAsync(Guid item, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        return (await db.Corrections.AsNoTracking().Where(c => c.ItemKey == item && c.Status == CorrectionStatus.Accepted)
            .OrderBy(c => c.ArrivedAt).ToListAsync(cancellationToken)).Select(Of).ToList();
    }

    private static async Task<IEnumerable<CorrectionRecord>> InScopeAsync(CmsDbContext db, List<CorrectionRecord> rows, IReadOnlySet<int>? startIds, CancellationToken cancellationToken)
    {
        if (startIds is null)
        {
            return rows;
        }

        var items = rows.Select(r => r.ItemKey).Distinct().ToList();
        var paths = await db.Nodes.AsNoTracking().Where(n => items.Contains(n.Key)).ToDictionaryAsync(n => n.Key, n => n.Path, cancellationToken);
        return rows.Where(r => paths.TryGetValue(r.ItemKey, out var path) && NodePath.IsAtOrUnder(path, startIds));
    }

    private static Row Of(CorrectionRecord c) =>
        new(c.Key, c.ArrivedAt, c.ItemKey, c.OrganisationKey, c.Text, c.Email is not null, c.Language, c.Status, c.Reason, c.HandledBy, c.HandledAt, c.RepliedAt);
}
