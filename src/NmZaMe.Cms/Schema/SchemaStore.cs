using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Schema;

/// <summary>Reads the imported schema from the database.</summary>
public static class SchemaStore
{
    public static async Task<ContentSchema> LoadAsync(CmsDbContext db, PropertyEditorCollection editors, CancellationToken cancellationToken = default)
    {
        var items = await db.SchemaItems.AsNoTracking().ToListAsync(cancellationToken);
        return Build(items, editors);
    }

    public static ContentSchema Build(IEnumerable<SchemaItemRecord> items, PropertyEditorCollection editors)
    {
        var list = items.ToList();
        return new ContentSchema(
            list.Where(i => i.ItemType == SchemaItemType.Language).Select(i => SchemaJson.FromJson<Language>(i.Definition)),
            list.Where(i => i.ItemType == SchemaItemType.DataType).Select(i => SchemaJson.FromJson<DataType>(i.Definition)).Concat(BuiltInMediaTypes.DataTypes)
                .GroupBy(d => d.Key).Select(g => g.First()),
            list.Where(i => i.ItemType == SchemaItemType.ContentType).Select(i => SchemaJson.FromJson<ContentType>(i.Definition)),
            editors);
    }
}
