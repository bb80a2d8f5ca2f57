using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Content;

/// <summary>The tree rules shared by move, copy and restore: where a type may live, and how a branch changes place.</summary>
public static class ContentTree
{
    /// <summary>The item and everything below it (trashed or not), found by path.</summary>
    public static Task<List<NodeRecord>> BranchAsync(CmsDbContext db, NodeRecord node, CancellationToken cancellationToken)
    {
        var prefix = node.Path + ",";
        return db.Nodes.Where(n => n.Id == node.Id || n.Path.StartsWith(prefix)).ToListAsync(cancellationToken);
    }

    public static bool IsInBranch(NodeRecord candidate, NodeRecord top) =>
        candidate.Id == top.Id || candidate.Path.Split(',').Contains(top.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Why an item of <paramref name="type"/> may not live under <paramref name="parent"/> (null: the root), or null when it may.</summary>
    public static CmsError? Refusal(ContentSchema schema, ContentType type, NodeRecord? parent)
    {
        if (parent is null)
        {
            return type.AllowAtRoot ? null : new CmsError(ContentCodes.TypeNotAllowedAtRoot);
        }

        var parentType = schema.GetContentType(parent.ContentTypeAlias);
        if (parentType is null || parent.Trashed || parent.Kind != ContentKind.Document)
        {
            return new CmsError(ContentCodes.ParentMissing);
        }

        return parentType.AllowedChildren.Any(c => c.Key == type.Key) ? null : new CmsError(ContentCodes.TypeNotAllowedUnderParent);
    }

    /// <summary>Hangs the branch (its top first in <paramref name="branch"/> or not) under <paramref name="parent"/>: parent, paths and levels.</summary>
    public static void Relocate(NodeRecord top, IEnumerable<NodeRecord> branch, NodeRecord? parent)
    {
        var oldPath = top.Path;
        var newPath = $"{parent?.Path ?? "-1"},{top.Id}";
        var levelChange = (parent?.Level ?? 0) + 1 - top.Level;
        foreach (var item in branch)
        {
            if (item.Id != top.Id)
            {
                item.Path = newPath + item.Path[oldPath.Length..];
                item.Level += levelChange;
            }
        }

        top.ParentId = parent?.Id;
        top.Path = newPath;
        top.Level += levelChange;
    }

    public static async Task<int> NextSortOrderAsync(CmsDbContext db, int? parentId, CancellationToken cancellationToken) =>
        (await db.Nodes.Where(n => n.ParentId == parentId && n.Kind == ContentKind.Document).Select(n => (int?)n.SortOrder).MaxAsync(cancellationToken) ?? -1) + 1;

    /// <summary>A name for logs and audit details: the default culture's, else any.</summary>
    public static string NameOf(ContentData data, string culture) =>
        data.Names.GetValueOrDefault(culture) ?? data.Names.GetValueOrDefault(string.Empty) ?? data.Names.Values.FirstOrDefault() ?? string.Empty;
}
