using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Spreadsheets;

/// <summary>
/// Organisations and services as spreadsheet rows (<see cref="SpreadsheetLayout"/>): the current drafts, which are what an
/// editor sees and what an import is compared with. The caller says which items are in the editor's scope (start nodes).
/// </summary>
public sealed class ExportCatalogue(CmsDbContext db, ContentSchema schema)
{
    public sealed record Command(IReadOnlyList<string> Cultures, Func<NodeRecord, bool> InScope);

    public sealed record Result(SpreadsheetLayout Layout, IReadOnlyList<IReadOnlyList<string>> Rows);

    public async Task<Result> ExecuteAsync(Command command, CancellationToken cancellationToken)
    {
        var layout = SpreadsheetLayout.For(schema, command.Cultures);
        var documents = await db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Document && !n.Trashed).ToListAsync(cancellationToken);
        var byId = documents.ToDictionary(n => n.Id);
        var data = documents.ToDictionary(n => n.Key, n => ContentData.Deserialize(n.DraftData));
        var nameCulture = layout.Cultures.FirstOrDefault() ?? schema.DefaultCulture;

        string NameOf(Guid key) => data.TryGetValue(key, out var d)
            ? d.Names.GetValueOrDefault(nameCulture) ?? d.Names.GetValueOrDefault(schema.DefaultCulture) ?? d.Names.Values.FirstOrDefault() ?? string.Empty
            : string.Empty;

        // Organisations first, so an import of the same file creates an organisation before the services under it.
        var items = documents
            .Where(n => SpreadsheetLayout.Types.Contains(n.ContentTypeAlias, StringComparer.Ordinal) && command.InScope(n))
            .OrderBy(n => SpreadsheetLayout.Types.ToList().IndexOf(n.ContentTypeAlias))
            .ThenBy(n => NameOf(n.Key), StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sl-SI"), ignoreCase: true))
            .ToList();

        var rows = new List<IReadOnlyList<string>> { layout.Columns.Select(c => c.Header).ToList() };
        foreach (var node in items)
        {
            var parent = node.ParentId is { } p && byId.TryGetValue(p, out var found) ? found : null;
            var content = data[node.Key];
            var type = schema.GetContentType(node.ContentTypeAlias);
            rows.Add(layout.Columns.Select(column => column.Kind switch
            {
                ColumnKind.Key => node.Key.ToString(),
                ColumnKind.Type => node.ContentTypeAlias,
                ColumnKind.ParentKey => parent?.Key.ToString() ?? string.Empty,
                ColumnKind.ParentName => parent is null ? string.Empty : NameOf(parent.Key),
                ColumnKind.Name => content.Names.GetValueOrDefault(type?.VariesByCulture == false ? string.Empty : column.Culture) ?? string.Empty,
                ColumnKind.Value => Has(type, column) ? content.Value(column.Alias!, column.Culture) ?? string.Empty : string.Empty,
                ColumnKind.PickedNames => Has(type, column) ? PickedNames(content.Value(column.Alias!, column.Culture), NameOf) : string.Empty,
                _ => string.Empty,
            }).ToList());
        }

        return new Result(layout, rows);
    }

    private bool Has(ContentType? type, SpreadsheetColumn column) => type is not null && schema.Property(type, column.Alias!) is not null;

    // Names follow the keys in the same order, "; " between them: names may hold commas.
    private static string PickedNames(string? stored, Func<Guid, string> nameOf) =>
        string.IsNullOrEmpty(stored)
            ? string.Empty
            : string.Join("; ", stored.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(udi => Udi.TryParse(udi, out _, out var key) ? nameOf(key) : string.Empty));
}
