using System.Globalization;

namespace NmZaMe.Cms.Persistence;

/// <summary>The stored tree path of a node ("-1,12,45": the root marker, then the ids from the top down to the node).</summary>
public static class NodePath
{
    /// <summary>The ids on the path, the node's own last, without the root marker.</summary>
    public static IEnumerable<int> Ids(string path) =>
        path.Split(',').Select(p => int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : -1).Where(id => id > 0);

    /// <summary>Whether the node is one of <paramref name="ids"/> or lies under one of them.</summary>
    public static bool IsAtOrUnder(string path, IReadOnlySet<int> ids) => Ids(path).Any(ids.Contains);
}
