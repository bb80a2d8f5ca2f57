using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.Settings;

/// <summary>The imported schema, read-only: it is edited in the uSync files and imported at start-up.</summary>
[Authorize(Policy = BackOfficePolicies.Settings)]
public sealed class IndexModel(ISnapshotSource snapshots) : PageModel
{
    public IReadOnlyList<ContentType> DocumentTypes { get; private set; } = [];

    public IReadOnlyList<ContentType> ElementTypes { get; private set; } = [];

    public IReadOnlyList<DataType> DataTypes { get; private set; } = [];

    public IReadOnlyList<Language> Languages { get; private set; } = [];

    public void OnGet()
    {
        var schema = snapshots.Current.Schema;
        var documents = schema.ContentTypes.Where(t => t.Kind == ContentKind.Document).OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        DocumentTypes = documents.Where(t => !t.IsElement).ToList();
        ElementTypes = documents.Where(t => t.IsElement).ToList();
        DataTypes = schema.DataTypes.Values.OrderBy(d => d.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        Languages = schema.Languages;
    }
}
