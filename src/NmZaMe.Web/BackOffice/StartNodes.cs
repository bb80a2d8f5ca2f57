using Microsoft.AspNetCore.Identity;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice;

/// <summary>
/// Where in the tree a user may work: the user's own start node, else the groups', else everywhere; a group limited to
/// a start node (<see cref="UserGroups.LimitedToStartNode"/>) without one contributes nothing. An empty set: nowhere.
/// </summary>
public static class StartNodes
{
    public static async Task<IReadOnlySet<Guid>?> ForAsync(BackOfficeUser user, UserManager<BackOfficeUser> users, RoleManager<UserGroup> groups)
    {
        if (user.StartContentKey is { } own)
        {
            return new HashSet<Guid> { own };
        }

        var keys = new HashSet<Guid>();
        foreach (var name in await users.GetRolesAsync(user))
        {
            if (await groups.FindByNameAsync(name) is not { } group)
            {
                continue;
            }

            // A group without a start node opens the whole tree, so the user's access is the widest of the groups'; a group
            // meant for one part of the tree (organisation editors) opens nothing until a start node is set (review F7).
            if (group.StartContentKey is not { } key)
            {
                if (UserGroups.LimitedToStartNode.Contains(group.Name ?? string.Empty))
                {
                    continue;
                }

                return null;
            }

            keys.Add(key);
        }

        return keys;
    }

    public static bool Allows(IReadOnlySet<Guid>? startNodes, PublishedSnapshot snapshot, PublishedContent item) =>
        startNodes is null || startNodes.Contains(item.Key) || snapshot.Ancestors(item).Any(a => startNodes.Contains(a.Key));
}
