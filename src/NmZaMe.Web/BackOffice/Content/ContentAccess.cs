using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>The signed-in user's reach in the content tree: node ids of their start nodes, or everywhere (null).</summary>
public sealed class ContentAccess(CmsDbContext db, UserManager<BackOfficeUser> users, RoleManager<UserGroup> groups)
{
    public BackOfficeUser? User { get; private set; }

    public IReadOnlyList<int>? StartIds { get; private set; }

    public async Task<bool> LoadAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        User = await users.GetUserAsync(principal);
        if (User is null)
        {
            return false;
        }

        var keys = await StartNodes.ForAsync(User, users, groups);
        StartIds = keys is null ? null : await db.Nodes.Where(n => keys.Contains(n.Key)).Select(n => n.Id).ToListAsync(cancellationToken);
        return true;
    }

    public string UserName => User?.UserName ?? string.Empty;

    public bool Allows(NodeRecord node) =>
        StartIds is null || node.Path.Split(',').Select(int.Parse).Any(StartIds.Contains);

    /// <summary>A document the user may work on, or null: missing, trashed and outside the start nodes look alike.</summary>
    public async Task<NodeRecord?> DocumentAsync(Guid key, CancellationToken cancellationToken)
    {
        var node = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == key && n.Kind == ContentKind.Document && !n.Trashed, cancellationToken);
        return node is not null && Allows(node) ? node : null;
    }
}
