using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>
/// The split view (issue 14, Umbraco's "split view" of variants): two cultures of one item side by side, aligned per
/// property, so a translator reads the Slovenian beside the English field. The left column is the ordinary editor's
/// form (<see cref="ContentEditorPage"/>, fields named <c>f.…</c>); the right column holds the other culture's values
/// of the culture-variant properties (<c>x.…</c>), including the texts of block-list elements that vary by culture.
/// Invariant properties are shown once. One save writes both cultures' drafts in one version; the posted actions are
/// in Split.Posts.cs.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Edit)]
public sealed partial class SplitModel(CmsDbContext db, ISnapshotSource snapshots, ContentCommit commit, CurrentEditor editor,
    IAuthorizationService authorization, BackOfficeText text)
    : ContentEditorPage(db, snapshots, commit, editor, authorization, text)
{
    /// <summary>The right column's fields are posted under this prefix, the left's under <see cref="EditorForm.Prefix"/>.</summary>
    public const string OtherPrefix = "x.";

    /// <summary>The culture in the right column.</summary>
    public string Other { get; private set; } = string.Empty;

    public string OtherName { get; set; } = string.Empty;

    /// <summary>The right column's form: its culture decides which block texts it reads and sends.</summary>
    public EditorForm OtherForm { get; private set; } = null!;

    /// <summary>The right column's values, for the properties that appear in both columns.</summary>
    public Dictionary<string, FieldState> OtherValues { get; } = new(StringComparer.Ordinal);

    public bool CanEditLeft => Access.CanEditCulture(Culture);

    public bool CanEditRight => Access.CanEditCulture(Other);

    /// <summary>
    /// A left field is editable when its culture is, and a value shared by all cultures only for whoever edits the default
    /// language (the single editor's rule). A read-only left column leaves the shared values read-only too.
    /// </summary>
    public bool CanEditLeftField(PropertyType property) => CanEditLeft && EditorRights.CanEditProperty(this, property);

    /// <summary>Shown in both columns: properties that vary by culture, and block lists whose blocks hold texts per culture.</summary>
    public bool InBothColumns(PropertyType property) => IsVariant(property) || (Type.VariesByCulture && HasVariantBlocks(property));

    /// <summary>A block list that allows an element type whose texts vary by culture.</summary>
    public bool HasVariantBlocks(PropertyType property) => SplitBlocks.HasVariantBlocks(Form, property);

    public string StatusOf(string culture) => Statuses.FirstOrDefault(s => s.Culture == culture)?.Status ?? "osnutek";

    public async Task<IActionResult> OnGetAsync(Guid key, string? culture, string? other, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, culture, other, cancellationToken) is { } failed)
        {
            return failed;
        }

        Version = Node!.Version;
        var draft = ContentData.Deserialize(Node.DraftData);
        if (!await RestoreKeptAsync())
        {
            LoadStored(draft);
            LoadOtherStored(draft);
            Message = TempData["ContentMessage"] as string;
        }
        else
        {
            // A kept form holds nothing of a read-only column (disabled fields post nothing): show the stored values there.
            KeepReadOnly();
        }

        LoadPublishWarnings(draft);
        LoadOtherPublishWarnings(draft);
        await LoadLookupsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetSearchAsync(Guid key, string? path, string? q, CancellationToken cancellationToken) =>
        await LoadAsync(key, null, null, cancellationToken) ?? await SearchJsonAsync(path, q, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid key, string? culture, string? other, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, culture ?? Request.Form["Culture"], other ?? Request.Form["Other"], cancellationToken) is { } failed)
        {
            return failed;
        }

        if (await HandleSplitPostAsync(cancellationToken) is { } handled)
        {
            return handled;
        }

        await LoadLookupsAsync(cancellationToken);
        await LoadConflictAsync(cancellationToken);
        await LoadOtherConflictAsync(cancellationToken);
        return Page();
    }

    /// <summary>The right column's values as posted (or kept when the session had expired), after the left's.</summary>
    protected override void LoadPosted(IFormCollection form)
    {
        base.LoadPosted(form);
        OtherName = form["OtherName"].ToString();
        foreach (var p in Properties.Where(InBothColumns))
        {
            OtherValues[p.Alias] = OtherForm.FromForm(p, OtherPrefix + p.Alias, form);
        }
    }

    private void LoadOtherStored(ContentData draft)
    {
        OtherForm.ByPath.Clear();
        OtherName = draft.Names.GetValueOrDefault(Other) ?? string.Empty;
        foreach (var p in Properties.Where(InBothColumns))
        {
            var state = OtherForm.FromStored(p, draft.Value(p.Alias, IsVariant(p) ? Other : string.Empty));
            OtherValues[p.Alias] = state;
            OtherForm.Register(p, OtherPrefix + p.Alias, state);
        }
    }

    /// <summary>What would stop the right culture from being published, on its own fields.</summary>
    private void LoadOtherPublishWarnings(ContentData draft)
    {
        foreach (var (key, warning) in Publishing.Validate(Schema, Type, draft, [Other]))
        {
            var alias = key.Split('[')[0];
            if (alias == "name")
            {
                PublishWarnings["othername"] = T[warning];
            }
            else if (Properties.FirstOrDefault(p => p.Alias == alias) is { } property && IsVariant(property))
            {
                PublishWarnings[OtherPrefix + alias] = T[warning];
            }
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid key, string? culture, string? other, CancellationToken cancellationToken)
    {
        if (!await InitialiseAsync(cancellationToken))
        {
            return Challenge();
        }

        Node = await Access.DocumentAsync(key, cancellationToken);
        if (Node is null || Schema.GetContentType(Node.ContentTypeAlias) is not { IsElement: false } type)
        {
            return NotFound();
        }

        Type = type;
        Key = Node.Key;
        if (!Type.VariesByCulture || Schema.Languages.Count < 2)
        {
            // One culture only: nothing to put side by side.
            return Redirect($"/umbraco/content/{Key}/edit");
        }

        Culture = NormaliseCulture(culture);
        Other = Schema.NormaliseCulture(other) is { } o && o != Culture ? o : Schema.Languages.First(l => l.IsoCode != Culture).IsoCode;
        OtherForm = new EditorForm(Schema) { Culture = Other };
        return null;
    }
}
