using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.TreeActions;

/// <summary>Where an item sits, as a trail of its ancestors' names ("Katalog › Organizacije").</summary>
public static class Locations
{
    public static async Task<string> DescribeAsync(CmsDbContext db, ContentSchema schema, NodeRecord node, string rootText, CancellationToken cancellationToken)
    {
        var ids = node.Path.Split(',').Select(int.Parse).Where(id => id > 0 && id != node.Id).ToList();
        if (ids.Count == 0)
        {
            return rootText;
        }

        var ancestors = await db.Nodes.AsNoTracking().Where(n => ids.Contains(n.Id)).OrderBy(n => n.Level).ToListAsync(cancellationToken);
        return string.Join(" › ", ancestors.Select(a => NodeNames.Of(a, schema)));
    }
}
