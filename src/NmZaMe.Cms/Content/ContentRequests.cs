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
}
