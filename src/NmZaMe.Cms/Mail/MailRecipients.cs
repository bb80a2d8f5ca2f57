using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Cms.Mail;

/// <summary>Who a mail about an item goes to, each in their own back-office language. Locked accounts get nothing.</summary>
public static class MailRecipients
{
    /// <summary>The user with this user name (the author of a request), or null when gone, locked or without an address.</summary>
    public static async Task<MailRecipient?> UserAsync(CmsDbContext db, string? userName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userName))
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        return user is null || !CanReceive(user) ? null : Of(user);
    }

    /// <summary>
    /// Everyone who may publish <paramref name="node"/>: members of a group with <see cref="Permissions.ContentPublish"/>
    /// whose start nodes (<see cref="StartNodeRule"/>, as the back office reads them) contain the item.
    /// </summary>
    public static async Task<List<MailRecipient>> PublishersOfAsync(CmsDbContext db, NodeRecord node, string? except, CancellationToken cancellationToken) =>
        (await WithPermissionOverAsync(db, node, Permissions.ContentPublish, cancellationToken))
            .Where(r => r.UserName != except).Select(r => r.To).ToList();

    /// <summary>
    /// Members of a group with <paramref name="permission"/> whose start nodes contain <paramref name="node"/>;
    /// <c>Scoped</c> says the user works in part of the tree only (an organisation's editor), not in all of it.
    /// </summary>
    public static async Task<List<(MailRecipient To, bool Scoped, string? UserName)>> WithPermissionOverAsync(CmsDbContext db, NodeRecord node, string permission, CancellationToken cancellationToken)
    {
        var lineageIds = NodePath.Ids(node.Path).ToList();
        var lineage = (await db.Nodes.AsNoTracking().Where(n => lineageIds.Contains(n.Id)).Select(n => n.Key).ToListAsync(cancellationToken)).ToHashSet();
        lineage.Add(node.Key);

        var granting = (await db.RoleClaims.AsNoTracking()
            .Where(c => c.ClaimType == Permissions.ClaimType && c.ClaimValue == permission)
            .Select(c => c.RoleId).ToListAsync(cancellationToken)).ToHashSet();
        var groupsById = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, cancellationToken);
        var memberships = (await db.UserRoles.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(m => m.UserId, m => m.RoleId);
        var candidates = memberships.Where(m => m.Any(granting.Contains)).Select(m => m.Key).ToList();
        var users = await db.Users.AsNoTracking().Where(u => candidates.Contains(u.Id)).OrderBy(u => u.Id).ToListAsync(cancellationToken);

        return users
            .Where(CanReceive)
            .Select(u => (User: u, Keys: StartNodeRule.Resolve(u.StartContentKey, memberships[u.Id].Select(g => groupsById.GetValueOrDefault(g)).OfType<UserGroup>())))
            .Where(u => u.Keys is null || u.Keys.Overlaps(lineage))
            .Select(u => (Of(u.User), u.Keys is not null, u.User.UserName))
            .ToList();
    }

    /// <summary>Every member of a group that holds <paramref name="permission"/> (e.g. the office's call-back inbox).</summary>
    public static async Task<List<MailRecipient>> WithPermissionAsync(CmsDbContext db, string permission, CancellationToken cancellationToken)
    {
        var groups = await db.RoleClaims.AsNoTracking()
            .Where(c => c.ClaimType == Permissions.ClaimType && c.ClaimValue == permission)
            .Select(c => c.RoleId).ToListAsync(cancellationToken);
        var members = await db.UserRoles.AsNoTracking().Where(m => groups.Contains(m.RoleId)).Select(m => m.UserId).Distinct().ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => members.Contains(u.Id)).OrderBy(u => u.Id).ToListAsync(cancellationToken);
        return users.Where(CanReceive).Select(Of).ToList();
    }

    /// <summary>
    /// Every member of the group <paramref name="group"/> who can receive mail, with where they work
    /// (<see cref="StartNodeRule"/>: null for the whole tree), e.g. an organisation's editors for its review reminders.
    /// </summary>
    public static async Task<List<(MailRecipient To, IReadOnlySet<Guid>? StartKeys)>> MembersOfAsync(CmsDbContext db, string group, CancellationToken cancellationToken)
    {
        var groupsById = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, cancellationToken);
        if (groupsById.Values.FirstOrDefault(g => g.Name == group) is not { } wanted)
        {
            return [];
        }

        var memberships = (await db.UserRoles.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(m => m.UserId, m => m.RoleId);
        var members = memberships.Where(m => m.Contains(wanted.Id)).Select(m => m.Key).ToList();
        var users = await db.Users.AsNoTracking().Where(u => members.Contains(u.Id)).OrderBy(u => u.Id).ToListAsync(cancellationToken);
        return users.Where(CanReceive)
            .Select(u => (Of(u), StartNodeRule.Resolve(u.StartContentKey, memberships[u.Id].Select(g => groupsById.GetValueOrDefault(g)).OfType<UserGroup>())))
            .ToList();
    }

    /// <summary>The item's name for a reader of <paramref name="culture"/>: that culture's, else the first there is.</summary>
    public static string ItemName(NodeRecord node, string culture)
    {
        var names = ContentData.Deserialize(node.DraftData).Names;
        return names.TryGetValue(culture, out var name) && name.Length > 0 ? name
            : names.TryGetValue(string.Empty, out var invariant) && invariant.Length > 0 ? invariant
            : names.Values.FirstOrDefault(n => n.Length > 0) ?? node.Key.ToString();
    }

    /// <summary>How a mail names a user: their display name, else the user name.</summary>
    public static async Task<string> DisplayNameAsync(CmsDbContext db, string? userName, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrEmpty(userName) ? null
            : await db.Users.AsNoTracking().Where(u => u.UserName == userName).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
        return string.IsNullOrWhiteSpace(name) ? userName ?? "?" : name;
    }

    private static bool CanReceive(BackOfficeUser user) =>
        !string.IsNullOrWhiteSpace(user.Email) && (user.LockoutEnd is null || user.LockoutEnd <= DateTimeOffset.UtcNow);

    private static MailRecipient Of(BackOfficeUser user) => new(user.Email!, user.Name, user.Culture);
}
