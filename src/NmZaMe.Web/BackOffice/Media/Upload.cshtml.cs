using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Media;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Media;

/// <summary>
/// Uploads up to three images or PDFs into a folder with a plain multipart form (no script needed), each with its own
/// name and alt text. The files that pass are stored and the others are refused with their messages (review B15); the
/// browser cannot keep chosen files after a post, so the refused rows keep their names and alt texts and only their
/// files must be chosen again.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Edit)]
[UploadLimit]
public sealed class UploadModel(CmsDbContext db, ISnapshotSource snapshots, UploadMedia upload, IOptions<MediaOptions> options, CurrentEditor editor, BackOfficeText T) : PageModel
{
    public sealed class Row
    {
        public IFormFile? File { get; set; }

        public string? Name { get; set; }

        public Dictionary<string, string?> Alt { get; set; } = new(StringComparer.Ordinal);
    }

    [BindProperty]
    public List<Row> Items { get; set; } = [];

    public string? FolderName { get; private set; }

    public Guid? FolderKey { get; private set; }

    public IReadOnlyList<string> AltCultures { get; private set; } = [];

    public long MaxBytes => options.Value.MaxUploadBytes;

    /// <summary>How many files of a partly refused post were stored (their rows are emptied, so they are not sent twice).</summary>
    public int Stored { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? parent, CancellationToken cancellationToken) =>
        await LoadAsync(parent, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid? parent, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(parent, cancellationToken))
        {
            return NotFound();
        }

        var rows = new List<(int Row, UploadedFile File)>();
        for (var i = 0; i < Items.Count && i < MediaOptions.FilesPerUpload; i++)
        {
            var row = Items[i];
            if (row.File is not { Length: > 0 } file)
            {
                continue;
            }

            // The per-file limit of the form reader already cut anything far larger; this is the exact check.
            if (file.Length > MaxBytes)
            {
                ModelState.AddModelError($"Items[{i}].File", T["Datoteka je prevelika: največ {0} MB.", (MaxBytes / (1024.0 * 1024.0)).ToString("0.#", T.Culture)]);
                continue;
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            var alt = row.Alt.ToDictionary(a => a.Key == "inv" ? string.Empty : a.Key, a => a.Value, StringComparer.Ordinal);
            rows.Add((i, new UploadedFile(file.FileName, buffer.ToArray(), row.Name, alt)));
        }

        if (rows.Count == 0)
        {
            if (ModelState.IsValid)
            {
                ModelState.AddModelError("Items[0].File", T["Izberite datoteko."]);
            }

            return Page();
        }

        var result = await upload.ExecuteAsync(new UploadMediaCommand(FolderKey, rows.Select(r => r.File).ToList(), MaxBytes, User.Identity?.Name), cancellationToken);
        if (result.Succeeded && ModelState.IsValid)
        {
            return Redirect(FolderKey is { } k ? $"/umbraco/media/{k}?status=uploaded" : "/umbraco/media?status=uploaded");
        }

        foreach (var (key, message) in result.Errors)
        {
            ModelState.AddModelError(FieldOf(key, rows.Select(r => r.Row).ToList()), T[message]);
        }

        foreach (var stored in result.StoredFiles)
        {
            Items[rows[stored].Row] = new Row();
        }

        Stored = result.StoredFiles.Count;
        return Page();
    }

    public static string AltKey(string culture) => IndexModel.AltKey(culture);

    /// <summary>Maps the use case's <c>files[i]</c>/<c>altText[i][c]</c> (i counts the files sent) to the form's row fields.</summary>
    private static string FieldOf(string key, IReadOnlyList<int> rows)
    {
        var match = System.Text.RegularExpressions.Regex.Match(key, @"^(files|name|altText)\[(\d+)\](?:\[([^\]]+)\])?$");
        if (!match.Success || int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i >= rows.Count)
        {
            return string.Empty;
        }

        var row = rows[i];
        return match.Groups[1].Value switch
        {
            "files" => $"Items[{row}].File",
            "name" => $"Items[{row}].Name",
            _ => $"Items[{row}].Alt[{(match.Groups[3].Success ? match.Groups[3].Value : "inv")}]",
        };
    }

    private async Task<bool> LoadAsync(Guid? parent, CancellationToken cancellationToken)
    {
        AltCultures = MediaItems.AltTextCultures(snapshots.Current.Schema);
        while (Items.Count < MediaOptions.FilesPerUpload)
        {
            Items.Add(new Row());
        }

        // Only into a folder within the editor's media start folders (the top level needs the whole library).
        if (!await editor.AllowsMediaParentAsync(parent, cancellationToken))
        {
            return false;
        }

        if (parent is null)
        {
            return true;
        }

        var folder = await db.Nodes.AsNoTracking()
            .FirstOrDefaultAsync(n => n.Key == parent && n.Kind == ContentKind.Media && !n.Trashed && n.ContentTypeAlias == MediaItems.FolderType, cancellationToken);
        if (folder is null)
        {
            return false;
        }

        FolderKey = folder.Key;
        FolderName = MediaItems.NameOf(ContentData.Deserialize(folder.DraftData), snapshots.Current.Schema.DefaultCulture);
        return true;
    }
}
