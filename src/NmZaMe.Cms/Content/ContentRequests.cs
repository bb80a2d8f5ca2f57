using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Content;

/// <summary>Reading waiting change requests, and the argument formats they share between sender and approver.</summary>
public static class ContentRequests
{
    public static async Task<List<ContentRequestRecord>> WaitingAsync(CmsDbContext db, CancellationToken cancellationToken) =>
        await db.ContentRequests.AsNoTracking().OrderBy(r => r.RequestedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>The argument of a move: the new parent's key, empty for the root.</summary>
    public static string Parent(Guid? parentKey) => parentKey?.ToString() ?? string.Empty;

    /// <summary>The argument of a sort: every child's key in the new order.</summary>
    public static string Order(IEnumerable<Guid> order) => string.Join(',', order);

    public static IReadOnlyList<Guid> Order(string argument) =>
        argument.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(k => Guid.TryParse(k, out var key) ? key : Guid.Empty).ToList();

    /// <summary>One item of a branch to publish: the version that was asked for and the cultures (none: an invariant item).</summary>
    public sealed record BranchItem(Guid Key, int Version, IReadOnlyList<string> Cultures);

    /// <summary>The argument of a publish with descendants: <c>key:version:culture,culture</c> per item, separated by <c>;</c>, from the top down.</summary>
    public static string Branch(IEnumerable<BranchItem> items) =>
        string.Join(';', items.Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{i.Key}:{i.Version}:{string.Join(',', i.Cultures)}")));

    public static IReadOnlyList<BranchItem> Branch(string argument) =>
        argument.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':'))
            .Where(p => p.Length == 3 && Guid.TryParse(p[0], out _) && int.TryParse(p[1], System.Globalization.CultureInfo.InvariantCulture, out _))
            .Select(p => new BranchItem(Guid.Parse(p[0]), int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), p[2].Split(',', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
}
