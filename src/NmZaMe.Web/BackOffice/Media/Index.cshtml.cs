using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Media;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Media;

/// <summary>
/// The media library: folders one level at a time (like the content tree), a media item's details and where it is
/// used, and the forms to create folders, rename, edit alt text, move and delete. Browsing needs the Content policy;
/// every change is checked against the Edit policy in its handler. An editor with a media start folder
/// (<see cref="CurrentEditor.StartMediaKeys"/>) sees and changes only what lies in it; items elsewhere answer 404.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Content)]
public sealed partial class IndexModel(CmsDbContext db, ISnapshotSource snapshots, IAuthorizationService authorization, CurrentEditor editor, BackOfficeText T) : PageModel
{
    public sealed record Item(Guid Key, string Name, string Type, string? Url, string? AltText, string? Extension, long? Bytes, int? Width, int? Height)
    {
        public bool IsFolder => Type == MediaItems.FolderType;

        public bool IsImage => Type == MediaItems.ImageType;
    }

    public sealed record FolderOption(Guid Key, string Label);

    public IReadOnlyList<Item> Ancestors { get; private set; } = [];

    public Item? Current { get; private set; }

    public IReadOnlyList<Item> Children { get; private set; } = [];

    public IReadOnlyList<MediaUsage> Usages { get; private set; } = [];

    public IReadOnlyList<FolderOption> Folders { get; private set; } = [];

    /// <summary>The folder the item is in (null at the root): "Premakni" starts there, so moving without a choice moves nothing (review B12).</summary>
    public Guid? ParentKey { get; private set; }

    public IReadOnlyList<string> AltCultures { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool AllowsRoot => editor.AllowsMediaRoot;

    /// <summary>Deleting needs the publish permission.</summary>
    public bool CanDelete { get; private set; }

    public string? Status { get; private set; }

    [BindProperty]
    public string? FolderName { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Alt { get; set; } = new(StringComparer.Ordinal);

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? Target { get; set; }

    /// <summary>Deleting is permanent, so the form asks for a tick first (it works without script, unlike confirm()).</summary>
    [BindProperty]
    public bool Confirm { get; set; }

    public int CurrentVersion { get; private set; }

    /// <summary>The form key of an alt-text culture: "inv" stands for the invariant culture, which is the empty string.</summary>
    public static string AltKey(string culture) => culture.Length == 0 ? "inv" : culture;

    public async Task<IActionResult> OnGetAsync(Guid? key, string? status, CancellationToken cancellationToken)
    {
        Status = status switch
        {
            "uploaded" => T["Datoteke so naložene."],
            "folder" => T["Mapa je ustvarjena."],
            "saved" => T["Shranjeno."],
            "moved" => T["Premaknjeno."],
            "deleted" => T["Izbrisano."],
            _ => null,
        };
        return await LoadAsync(key, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostFolderAsync(Guid? key, CancellationToken cancellationToken)
    {
        if (!await CanEditAsync())
        {
            return Forbid();
        }

        if (!await editor.AllowsMediaParentAsync(key, cancellationToken))
        {
            return NotFound();
        }

        var result = await HttpContext.RequestServices.GetRequiredService<CreateMediaFolder>().ExecuteAsync(key, FolderName, User.Identity?.Name, cancellationToken);
        return await AfterAsync(result, key, key, "folder", new() { ["name"] = nameof(FolderName), ["parent"] = string.Empty }, cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid key, CancellationToken cancellationToken)
    {
        if (await EditRefusalAsync(key, cancellationToken) is { } refused)
        {
            return refused;
        }

        var alt = Alt.ToDictionary(a => a.Key == "inv" ? string.Empty : a.Key, a => a.Value, StringComparer.Ordinal);
        var result = await HttpContext.RequestServices.GetRequiredService<SaveMedia>().ExecuteAsync(new SaveMediaCommand(key, Name, alt, Version, User.Identity?.Name), cancellationToken);
        var fields = new Dictionary<string, string> { ["name"] = nameof(Name), ["altText"] = "Alt[inv]", [string.Empty] = string.Empty };
        foreach (var culture in snapshots.Current.Schema.Languages)
        {
            fields[$"altText[{culture.IsoCode}]"] = $"Alt[{culture.IsoCode}]";
        }

        return await AfterAsync(result, key, key, "saved", fields, cancellationToken);
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid key, CancellationToken cancellationToken)
    {
        if (await EditRefusalAsync(key, cancellationToken) is { } refused)
        {
            return refused;
        }

        Guid? target = Guid.TryParse(Target, out var t) ? t : null;
        if (!await editor.AllowsMediaParentAsync(target, cancellationToken))
        {
            return NotFound();
        }

        var result = await HttpContext.RequestServices.GetRequiredService<MoveMedia>().ExecuteAsync(key, target, User.Identity?.Name, cancellationToken);
        return await AfterAsync(result, key, key, "moved", new() { ["target"] = nameof(Target) }, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid key, CancellationToken cancellationToken)
    {
        // Deleting is permanent and may take a file from under another organisation's draft: publishers only.
        if (!await CanPublishAsync())
        {
            return Forbid();
        }

        if (await editor.MediaAsync(key, cancellationToken) is null)
        {
            return NotFound();
        }

        if (!Confirm)
        {
            ModelState.AddModelError("Delete", T["Potrdite, da želite medij dokončno izbrisati."]);
            return await LoadAsync(key, cancellationToken) ? Page() : NotFound();
        }

        var parent = await db.Nodes.Where(n => n.Key == key && n.Kind == ContentKind.Media && n.ParentId != null)
            .Join(db.Nodes, n => n.ParentId, p => p.Id, (n, p) => (Guid?)p.Key).FirstOrDefaultAsync(cancellationToken);
        var result = await HttpContext.RequestServices.GetRequiredService<DeleteMedia>().ExecuteAsync(key, User.Identity?.Name, cancellationToken);
        return await AfterAsync(result, key, parent, "deleted", new() { ["delete"] = "Delete" }, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(NmZaMe.Cms.Content.ContentResult result, Guid? page, Guid? next, string status, Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        if (result.Outcome == ContentOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            return Redirect(next is { } k ? $"/umbraco/media/{k}?status={status}" : $"/umbraco/media?status={status}");
        }

        foreach (var (key, message) in result.Errors)
        {
            ModelState.AddModelError(fields.GetValueOrDefault(key, string.Empty), T[message]);
        }

        return await LoadAsync(page, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid? key, CancellationToken cancellationToken)
    {
        if (!await editor.LoadAsync(cancellationToken))
        {
            return false;
        }

        CanEdit = await CanEditAsync();
        CanDelete = await CanPublishAsync();
        var schema = snapshots.Current.Schema;
        AltCultures = MediaItems.AltTextCultures(schema);
        var media = db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Media && !n.Trashed);
        var folders = await media.Where(n => n.ContentTypeAlias == MediaItems.FolderType).OrderBy(n => n.Level).ThenBy(n => n.SortOrder).ToListAsync(cancellationToken);
        var folderNames = folders.ToDictionary(f => f.Id, f => MediaItems.NameOf(ContentData.Deserialize(f.DraftData), schema.DefaultCulture));
        string Label(NodeRecord f) => string.Join(" / ", f.Path.Split(',').Skip(1).Select(int.Parse).Select(id => folderNames.GetValueOrDefault(id, "?")));
        Folders = folders.Where(editor.AllowsMedia).Select(f => new FolderOption(f.Key, Label(f))).OrderBy(f => f.Label, StringComparer.CurrentCultureIgnoreCase).ToList();

        if (key is null)
        {
            // An editor with start folders sees those at the top, as Umbraco's media start nodes do.
            var starts = editor.StartMediaKeys ?? new HashSet<Guid>();
            Children = (await (editor.AllowsMediaRoot ? media.Where(n => n.ParentId == null) : media.Where(n => starts.Contains(n.Key))).ToListAsync(cancellationToken)).Select(n => ToItem(n, schema)).OrderBy(i => !i.IsFolder).ThenBy(i => i.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
            return true;
        }

        var record = await media.FirstOrDefaultAsync(n => n.Key == key, cancellationToken);
        if (record is null || !editor.AllowsMedia(record))
        {
            return false;
        }

        var path = record.Path.Split(',').Skip(1).Select(int.Parse).Where(id => id != record.Id).ToList();
        var ancestors = await media.Where(n => path.Contains(n.Id)).ToListAsync(cancellationToken);
        ParentKey = ancestors.FirstOrDefault(n => n.Id == record.ParentId)?.Key;
        Ancestors = ancestors.Where(editor.AllowsMedia).OrderBy(n => n.Level).Select(n => ToItem(n, schema)).ToList();
        Current = ToItem(record, schema);
        CurrentVersion = record.Version;
        if (Current.IsFolder)
        {
            Children = (await media.Where(n => n.ParentId == record.Id).ToListAsync(cancellationToken)).Select(n => ToItem(n, schema)).OrderBy(i => !i.IsFolder).ThenBy(i => i.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        }
        else
        {
            Usages = await new MediaUsages(db).ExecuteAsync(record.Key, schema.DefaultCulture, cancellationToken);
        }

        // Keep what the user typed when a save is refused; otherwise show the stored values.
        if (!Request.HasFormContentType || Name is null)
        {
            var data = ContentData.Deserialize(record.DraftData);
            Name = Current.Name;
            Alt = AltCultures.ToDictionary(AltKey, c => data.Value("altText", c), StringComparer.Ordinal);
        }

        return true;
    }

    internal static Item ToItem(NodeRecord node, ContentSchema schema)
    {
        var data = ContentData.Deserialize(node.DraftData);
        var file = MediaItems.StoredFile(data);
        static int? Int(string? s) => int.TryParse(s, out var i) ? i : null;
        return new Item(node.Key, MediaItems.NameOf(data, schema.DefaultCulture), node.ContentTypeAlias,
            file is { } f ? $"/media/{f.Id}/{f.Name}" : null,
            data.Value("altText", string.Empty) ?? data.Value("altText", schema.DefaultCulture),
            data.Value("umbracoExtension", string.Empty),
            long.TryParse(data.Value("umbracoBytes", string.Empty), out var b) ? b : null,
            Int(data.Value("umbracoWidth", string.Empty)), Int(data.Value("umbracoHeight", string.Empty)));
    }
}
