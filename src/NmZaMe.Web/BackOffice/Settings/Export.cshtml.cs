using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NmZaMe.Cms;
using NmZaMe.Cms.Sync;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.Site.Hours;

namespace NmZaMe.Web.BackOffice.Settings;

/// <summary>
/// Export of the schema and all content as uSync v17 files: a zip download, or (confirmed) a write into the
/// configured uSync folder. Anyone with the settings permission sees the page; exporting is for administrators
/// (the <c>users.manage</c> permission), since the files hold every draft and unpublished item.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Settings)]
public sealed class ExportModel(USyncExporter exporter, IOptions<CmsOptions> options, NovoMestoClock clock, BackOfficeText T, ILogger<ExportModel> logger) : PageModel
{
    public string? Folder { get; private set; }

    public bool CanExport { get; private set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public string? Message { get; private set; }

    public void OnGet() => Load();

    public async Task<IActionResult> OnPostDownloadAsync(CancellationToken cancellationToken)
    {
        Load();
        if (!CanExport)
        {
            return Forbid();
        }

        var zip = new MemoryStream();
        var count = await USyncPackage.WriteZipAsync(exporter, Folder, zip, cancellationToken);
        zip.Position = 0;
        logger.LogInformation("User {User} downloaded a uSync export of {Count} items", User.Identity?.Name, count);
        return File(zip, "application/zip", $"usync-v17-{clock.Now:yyyyMMdd-HHmm}.zip");
    }

    public async Task<IActionResult> OnPostWriteAsync(CancellationToken cancellationToken)
    {
        Load();
        if (!CanExport)
        {
            return Forbid();
        }

        if (Folder is null)
        {
            ModelState.AddModelError(nameof(Confirm), T["Mapa uSync ni nastavljena (NmZaMe:USync:Folder)."]);
            return Page();
        }

        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), T["Potrdite, da se datoteke vsebine v mapi uSync prepišejo."]);
            return Page();
        }

        var count = await exporter.ExportContentAsync(Folder, cancellationToken);
        logger.LogInformation("User {User} wrote a uSync export of {Count} items to {Folder}", User.Identity?.Name, count, Folder);
        Message = T["Izvoženih elementov: {0}. Datoteke so v mapi {1}.", count, Path.Combine(Folder, "v17")];
        Confirm = false;
        return Page();
    }

    private void Load()
    {
        Folder = options.Value.USync.Folder;
        CanExport = User.HasClaim(Permissions.ClaimType, Permissions.UsersManage);
    }
}
