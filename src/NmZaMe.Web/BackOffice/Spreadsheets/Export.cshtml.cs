using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Spreadsheets;
using NmZaMe.Web.Site.Hours;

namespace NmZaMe.Web.BackOffice.Spreadsheets;

/// <summary>
/// Export of organisations and services to CSV or XLSX (layout: docs/spreadsheets.md), one culture or all. An editor with
/// a start node gets only the items under it: the same scope as the tree.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Export)]
public sealed class ExportModel(CmsDbContext db, ISnapshotSource snapshots, CurrentEditor editor, NovoMestoClock clock) : PageModel
{
    public const string AllCultures = "all";

    public IReadOnlyList<Language> Languages { get; private set; } = [];

    public void OnGet() => Languages = snapshots.Current.Schema.Languages;

    /// <summary>The file: <paramref name="culture"/> is a column suffix ("sl", "en") or "all"; <paramref name="format"/> "csv" or "xlsx".</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? culture, string? format, CancellationToken cancellationToken)
    {
        var schema = snapshots.Current.Schema;
        var cultures = schema.Languages.Select(l => l.IsoCode)
            .Where(c => culture is null or AllCultures || string.Equals(SpreadsheetLayout.Suffix(c), culture, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (cultures.Count == 0 || format is not ("csv" or "xlsx") || await editor.ScopeAsync(cancellationToken) is not { } scope)
        {
            return BadRequest();
        }

        var result = await new ExportCatalogue(db, schema).ExecuteAsync(new(cultures, scope.Allows), cancellationToken);
        var name = string.Create(CultureInfo.InvariantCulture, $"organizacije-in-storitve-{culture ?? AllCultures}-{clock.Now:yyyy-MM-dd}.{format}");
        return format == "csv"
            ? File(CsvTable.Write(result.Rows), CsvTable.ContentType, name)
            : File(XlsxTable.Write(result.Rows, "Katalog"), XlsxTable.ContentType, name);
    }
}
