using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Spreadsheets;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.BackOffice.Media;

namespace NmZaMe.Web.BackOffice.Spreadsheets;

/// <summary>
/// The first step of a spreadsheet import: the editor uploads an XLSX or CSV in the export's layout; the rows are kept
/// on the server (<see cref="ImportBatches"/>) and the preview shows what would happen. Nothing is saved here.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Import)]
[UploadLimit(MaxFileBytes = ImportModel.MaxBytes, TooLargePage = ImportModel.Path)]
public sealed class ImportModel(ImportBatches batches, CurrentEditor editor, BackOfficeText T) : PageModel
{
    public const string Path = "/umbraco/spreadsheets/import";

    /// <summary>A catalogue of hundreds of entries is a few hundred kilobytes; 5 MB leaves room for long texts.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public string MaxMegabytes => (MaxBytes / (1024.0 * 1024.0)).ToString("0.#", T.Culture);

    public void OnGet(bool tooLarge = false)
    {
        if (tooLarge)
        {
            Error = T["Datoteka je prevelika: največ {0} MB.", MaxMegabytes];
        }
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            Error = T["Izberite datoteko."];
            return Page();
        }

        if (file.Length > MaxBytes)
        {
            Error = T["Datoteka je prevelika: največ {0} MB.", MaxMegabytes];
            return Page();
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var read = SpreadsheetFile.Read(buffer.ToArray(), file.FileName);
        if (read.Error != SpreadsheetFileError.None)
        {
            Error = ImportWords.File(T, read.Error);
            return Page();
        }

        if (await editor.ScopeAsync(cancellationToken) is not { } scope)
        {
            return Challenge();
        }

        if (batches.Keep(scope.User.Id, System.IO.Path.GetFileName(file.FileName), read.Rows) is not { } batch)
        {
            Error = T["Strežnik ima trenutno preveč odprtih uvozov. Poskusite čez nekaj minut."];
            return Page();
        }

        return Redirect($"{Path}/{batch.Id}");
    }
}
