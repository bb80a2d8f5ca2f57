using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.TreeActions;

/// <summary>
/// The part of the content tree a signed-in user may work in (their start nodes, by id) and the name they are audited
/// under. Items outside it are treated as missing (404), so keys of other organisations' items reveal nothing.
/// </summary>
public sealed class TreeScope(IReadOnlyCollection<int>? startIds, string userName)
{
    public string UserName { get; } = userName;

    /// <summary>Only users without start nodes may place items at the root or sort the root level.</summary>
    public bool AllowsRoot => startIds is null;

    public bool Allows(NodeRecord node) => startIds is null || node.Path.Split(',').Any(id => int.TryParse(id, out var i) && startIds.Contains(i));

    public static async Task<TreeScope?> ForAsync(ClaimsPrincipal principal, CmsDbContext db, UserManager<BackOfficeUser> users, RoleManager<UserGroup> groups, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return null;
        }

        var startKeys = await StartNodes.ForAsync(user, users, groups);
        var startIds = startKeys is null ? null : await db.Nodes.Where(n => startKeys.Contains(n.Key)).Select(n => n.Id).ToListAsync(cancellationToken);
        return new TreeScope(startIds, user.UserName ?? user.Email ?? user.Id.ToString());
    }

    /// <summary>The signed-in user's scope with a document in it and its type, or null when any of them is missing.</summary>
    public static async Task<(TreeScope Scope, NodeRecord Node, ContentType Type)?> ForItemAsync(ClaimsPrincipal principal, CmsDbContext db,
        UserManager<BackOfficeUser> users, RoleManager<UserGroup> groups, ContentSchema schema, Guid key, bool trashed, CancellationToken cancellationToken)
    {
        var scope = await ForAsync(principal, db, users, groups, cancellationToken);
        var node = scope is null ? null : await scope.FindAsync(db, key, trashed, cancellationToken);
        var type = node is null ? null : schema.GetContentType(node.ContentTypeAlias);
        return scope is null || node is null || type is null ? null : (scope, node, type);
    }

    /// <summary>A document in scope by key (trashed or not, as asked), or null.</summary>
    public async Task<NodeRecord?> FindAsync(CmsDbContext db, Guid key, bool trashed, CancellationToken cancellationToken)
    {
        var node = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == key && n.Kind == ContentKind.Document && n.Trashed == trashed, cancellationToken);
        return node is not null && Allows(node) ? node : null;
    }

    public static string Name(NodeRecord node, ContentSchema schema) =>
        ContentTree.NameOf(ContentData.Deserialize(node.DraftData), schema.DefaultCulture) is { Length: > 0 } name ? name : node.Key.ToString();
}
