using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Media;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Content.Fields;
using NmZaMe.Web.BackOffice.Media;
using MediaIndex = NmZaMe.Web.BackOffice.Media.IndexModel;
using MediaItem = NmZaMe.Web.BackOffice.Media.IndexModel.Item;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>
/// The media picker's panel (issue 14): open, browse folders, search, page, pick and upload-and-pick are in-form
/// operations like the content picker's (<c>mediaopen|f.logo</c>, <c>mediafolder|f.logo|key</c>, <c>mediapage|f.logo|2</c>,
/// <c>mediapick|f.logo|key</c>, <c>mediaupload|f.logo</c>): without script each is a post that returns to the field,
/// with script editor.js posts it in the background and swaps the form. Nothing is saved until the editor saves.
/// </summary>
public abstract partial class ContentEditorPage
{
    private static readonly HashSet<string> MediaOps = new(StringComparer.Ordinal) { "mediaopen", "mediafolder", "mediasearch", "mediapage", "mediapick", "mediaupload", "mediaclose" };

    /// <summary>The open media panels by field path.</summary>
    public Dictionary<string, MediaPickerPanel> MediaPanels { get; } = new(StringComparer.Ordinal);

    /// <summary>The picked media of every media picker on the form, by key (missing ones are absent).</summary>
    public Dictionary<string, MediaItem> PickedMedia { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The id of the control editor.js moves the focus to after an in-form operation (rendered as <c>data-focus</c>).</summary>
    public string? FocusId { get; private set; }

    /// <summary>Whether the picker holds several items (MediaPicker3's "multiple"), so it shows reorder buttons and stays open after a pick.</summary>
    public bool PicksMany(PropertyType property) => Schema.DataTypeOf(property).ConfigBool("multiple");

    /// <summary>Handles a media panel op (see the class comment) on the form; any other op is left alone. The split view calls it too.</summary>
    protected async Task MediaOperationAsync(EditorOp op, CancellationToken cancellationToken)
    {
        if (!MediaOps.Contains(op.Name) || !Form.ByPath.TryGetValue(op.Path, out var field) || field.Property.EditorAlias != "Umbraco.MediaPicker3"
            || !EditorRights.CanEditProperty(this, field.Property))
        {
            return;
        }

        var (property, state) = field;
        var id = EditorForm.Id(op.Path);
        var folder = Guid.TryParse(Request.Form[op.Path + ".mfolder"], out var f) ? f : (Guid?)null;
        var query = Request.Form[op.Path + ".mq"].ToString().Trim();
        query = query.Length > 200 ? query[..200] : query;
        var page = 1;
        var allowed = PickerTypes.Allowed(Schema, property);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (op.Name)
        {
            case "mediaclose":
                FocusId = id + "-open";
                return;
            case "mediaopen":
                query = string.Empty;
                FocusId = id + "-mq";
                break;
            case "mediafolder":
                folder = Guid.TryParse(op.Arg, out var to) ? to : null;
                query = string.Empty;
                FocusId = id + "-mtitle";
                break;
            case "mediasearch":
                FocusId = id + "-mstatus";
                break;
            case "mediapage":
                page = int.TryParse(op.Arg, out var p) ? p : 1;
                FocusId = id + "-mstatus";
                break;
            case "mediapick":
                if (await PickMediaAsync(property, state, Guid.TryParse(op.Arg, out var key) ? key : Guid.Empty, allowed, cancellationToken) is { } refused)
                {
                    Errors[op.Path] = T[refused, T[property.Name]];
                }
                else if (!PicksMany(property))
                {
                    FocusId = id;
                    return;
                }

                FocusId ??= id;
                break;
            case "mediaupload":
                if (await UploadIntoPickerAsync(op.Path, folder, allowed, errors, cancellationToken) is { } uploaded)
                {
                    await PickMediaAsync(property, state, uploaded, allowed, cancellationToken);
                    Message = T["Datoteka je naložena in izbrana. Vsebina še ni shranjena."];
                    FocusId = id;
                    if (!PicksMany(property))
                    {
                        return;
                    }
                }
                else
                {
                    FocusId = id + "-mupload";
                }

                break;
        }

        var panel = await MediaPickerPanel.LoadAsync(Db, HttpContext.RequestServices, Access, Schema, allowed, state.Items, folder, query, page, cancellationToken);
        panel.CanUpload = await CanUploadMediaAsync(panel.FolderKey, cancellationToken);
        panel.AltCultures = MediaItems.AltTextCultures(Schema);
        foreach (var (k, v) in errors)
        {
            panel.UploadErrors[k] = v;
        }

        MediaPanels[op.Path] = panel;
    }

    /// <summary>Picks media the editor may use and the field allows; returns why not (a text for <c>T[]</c>) otherwise.</summary>
    private async Task<string?> PickMediaAsync(PropertyType property, FieldState state, Guid key, IReadOnlyList<string> allowed, CancellationToken cancellationToken)
    {
        if (await Access.MediaAsync(key, cancellationToken) is not { } node || node.ContentTypeAlias == MediaItems.FolderType)
        {
            return "Izbrani medij je zunaj vaših map medijev ({0}). Nič ni shranjeno.";
        }

        if (!PickerTypes.Allows(allowed, node.ContentTypeAlias))
        {
            return "Izbrana datoteka ali vsebina ni vrste, ki jo to polje sprejme.";
        }

        if (!PicksMany(property))
        {
            state.Items.Clear();
        }

        if (!state.Items.Contains(key.ToString(), StringComparer.OrdinalIgnoreCase))
        {
            state.Items.Add(key.ToString());
        }

        return null;
    }

    /// <summary>Uploading needs content.edit (the library's upload permission) and a folder within the editor's media start folders.</summary>
    private async Task<bool> CanUploadMediaAsync(Guid? folder, CancellationToken cancellationToken) =>
        User.HasClaim(Permissions.ClaimType, Permissions.ContentEdit) && await Access.AllowsMediaParentAsync(folder, cancellationToken);

    /// <summary>
    /// Uploads the panel's file into its current folder through the library's use case (type from the bytes, size, alt
    /// text for images); returns the new item's key, or fills the errors.
    /// </summary>
    private async Task<Guid?> UploadIntoPickerAsync(string path, Guid? folder, IReadOnlyList<string> allowed, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        if (!await CanUploadMediaAsync(folder, cancellationToken))
        {
            errors[string.Empty] = T["V to mapo ne smete nalagati medijev."];
            return null;
        }

        var maxBytes = HttpContext.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value.MaxUploadBytes;
        if ((Request.HasFormContentType ? Request.Form.Files.GetFile(path + ".mfile") : null) is not { Length: > 0 } file)
        {
            errors["file"] = T["Izberite datoteko."];
            return null;
        }

        if (file.Length > maxBytes)
        {
            errors["file"] = T["Datoteka je prevelika: največ {0} MB.", (maxBytes / (1024.0 * 1024.0)).ToString("0.#", T.Culture)];
            return null;
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();

        // A file this field could not hold is refused before it is stored, so it does not stay behind in the library.
        if (MediaFileType.Detect(bytes).Type is { } type && !PickerTypes.Allows(allowed, type.IsImage ? MediaItems.ImageType : MediaItems.FileType))
        {
            errors["file"] = T["Izbrana datoteka ali vsebina ni vrste, ki jo to polje sprejme."];
            return null;
        }

        var alt = MediaItems.AltTextCultures(Schema).ToDictionary(c => c, c => (string?)Request.Form[$"{path}.malt.{MediaIndex.AltKey(c)}"].ToString(), StringComparer.Ordinal);
        var upload = HttpContext.RequestServices.GetRequiredService<UploadMedia>();
        var result = await upload.ExecuteAsync(new UploadMediaCommand(folder, [new UploadedFile(file.FileName, bytes, Request.Form[path + ".mname"].ToString(), alt)], maxBytes, Access.UserName), cancellationToken);
        if (result.Keys.Count > 0)
        {
            return result.Keys[0];
        }

        foreach (var (key, error) in result.Errors)
        {
            var match = System.Text.RegularExpressions.Regex.Match(key, @"^(files|name|altText)\[\d+\](?:\[([^\]]+)\])?$");
            var field = !match.Success ? string.Empty : match.Groups[1].Value switch
            {
                "files" => "file",
                "name" => "name",
                _ => "alt." + (match.Groups[2].Success ? match.Groups[2].Value : "inv"),
            };
            errors[field] = T[error];
        }

        return null;
    }

    /// <summary>The picked media of every media picker, for the thumbnails, names, types and sizes the field shows.</summary>
    private async Task LoadPickedMediaAsync(CancellationToken cancellationToken)
    {
        var keys = Form.ByPath.Values.Where(f => f.Property.EditorAlias == "Umbraco.MediaPicker3").SelectMany(f => f.State.Items)
            .Select(i => Guid.TryParse(i, out var k) ? k : Guid.Empty).Where(k => k != Guid.Empty).Distinct().ToList();
        if (keys.Count == 0)
        {
            return;
        }

        foreach (var node in await Db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key) && n.Kind == ContentKind.Media && !n.Trashed).ToListAsync(cancellationToken))
        {
            PickedMedia[node.Key.ToString()] = MediaIndex.ToItem(node, Schema);
        }
    }
}
