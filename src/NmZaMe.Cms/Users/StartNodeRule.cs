namespace NmZaMe.Cms.Users;

/// <summary>
/// Where in the tree a user may work, the one rule both the back office and the mail recipients read: the user's own
/// start node, else the groups'. A group without a start node opens the whole tree, so the user's reach is the widest of
/// the groups'; a group meant for one part of the tree (<see cref="UserGroups.LimitedToStartNode"/>) opens nothing
/// until it or the user has a start node (review F7, B19).
/// </summary>
public static class StartNodeRule
{
    /// <returns>The start nodes' keys; null for the whole tree; an empty set for nowhere.</returns>
    public static IReadOnlySet<Guid>? Resolve(Guid? own, IEnumerable<UserGroup> groups) =>
        Resolve(own, groups.Select(g => (g.Name, g.StartContentKey)));

    /// <summary>
    /// The media library: the groups' start folders, each group without one opening the whole library except groups
    /// limited to a start node (organisation editors), which open no media without a folder (review B18). The user's
    /// own folder combines with them as in Umbraco: it narrows the whole library to itself and is added beside the
    /// groups' folders. Where the user's folder lies within a group's folder or contains it, Umbraco keeps the user's
    /// only; that needs the tree, so <c>CurrentEditor</c> drops such group folders by path.
    /// </summary>
    public static IReadOnlySet<Guid>? ResolveMedia(Guid? own, IEnumerable<UserGroup> groups)
    {
        var fromGroups = Resolve(null, groups.Select(g => (g.Name, g.StartMediaKey)));
        if (own is not { } key)
        {
            return fromGroups;
        }

        return fromGroups is null ? new HashSet<Guid> { key } : new HashSet<Guid>(fromGroups) { key };
    }

    private static IReadOnlySet<Guid>? Resolve(Guid? own, IEnumerable<(string? Name, Guid? Start)> groups)
    {
        if (own is { } key)
        {
            return new HashSet<Guid> { key };
        }

        var keys = new HashSet<Guid>();
        foreach (var group in groups)
        {
            if (group.Start is { } start)
            {
                keys.Add(start);
            }
            else if (!UserGroups.LimitedToStartNode.Contains(group.Name ?? string.Empty))
            {
                return null;
            }
        }

        return keys;
    }
}
