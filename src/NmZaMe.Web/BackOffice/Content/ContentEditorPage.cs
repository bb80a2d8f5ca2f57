using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;
using ContentResult = NmZaMe.Cms.Content.ContentResult;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>
/// The edit form shared by "create" and "edit": generated from the document type, one culture at a time plus the
/// invariant properties. Every button is a form post, so adding a block or picking an item re-renders the form with
/// everything typed kept; only "save", "publish" and "send for approval" write, through the engine's use cases.
/// The posted actions are in ContentEditorPage.Posts.cs, the look-ups in .Lookups.cs, the conflict view in .Conflict.cs,
/// and each property editor's form side in Fields/.
/// </summary>
public abstract partial class ContentEditorPage(CmsDbContext db, ISnapshotSource snapshots, ContentCommit commit, CurrentEditor editor,
    IAuthorizationService authorization, BackOfficeText text) : PageModel
{
    public sealed record Picked(string Udi, string Name, string TypeName);

    public sealed record CultureStatus(string Culture, string Name, string Status);

    public sealed record Difference(string Property, string Theirs, string Yours);

    protected CmsDbContext Db { get; } = db;

    protected BackOfficeText T { get; } = text;

    private protected ContentCommit Commit { get; } = commit;

    private ISnapshotSource Snapshots { get; } = snapshots;

    public ContentSchema Schema { get; private set; } = null!;

    public EditorForm Form { get; private set; } = null!;

    public ContentType Type { get; protected set; } = null!;

    public Guid Key { get; protected set; }

    public Guid? ParentKey { get; protected set; }

    public NodeRecord? Node { get; protected set; }

    public bool IsNew => Node is null;

    public string Culture { get; protected set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public int Version { get; set; }

    public Dictionary<string, FieldState> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// What would stop the saved draft of this culture from being published (mandatory and regex rules), by field path.
    /// Drafts may be incomplete, so these are shown as a note, not as errors, the way Umbraco flags them before publishing.
    /// </summary>
    public Dictionary<string, string> PublishWarnings { get; } = new(StringComparer.Ordinal);

    /// <summary>Errors by field path ("name", "f.summary", "f.contacts.0.phone"); "" for the whole form.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? Message { get; set; }

    /// <summary>Set when the draft was saved but publishing failed, so the error summary does not say "not saved".</summary>
    public bool DraftSaved { get; protected set; }

    public bool CanPublish { get; private set; }

    public Dictionary<string, List<Picked>> SearchResults { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The page of results shown per search box (<see cref="SearchResults"/>), from 0.</summary>
    public Dictionary<string, int> SearchPages { get; } = new(StringComparer.Ordinal);

    public List<string> ExistingTags { get; } = [];

    public List<CultureStatus> Statuses { get; } = [];

    /// <summary>Set when someone else saved meanwhile: their version, to save over explicitly.</summary>
    public int? TheirVersion { get; protected set; }

    public List<Difference> Differences { get; } = [];

    /// <summary>The info panel of a stored item (URLs, dates, referenced by); null while creating.</summary>
    public ItemInfo? Info { get; private set; }

    public CurrentEditor Access { get; } = editor;

    public IEnumerable<PropertyType> Properties => Schema.PropertiesOf(Type);

    /// <summary>Umbraco's tabs, and groups inside them ("tab/group" aliases): the tab a property's container belongs to.</summary>
    public static string TabOf(PropertyType property) => (property.TabAlias ?? string.Empty).Split('/')[0];

    public string CaptionOf(string alias, string? fallback) =>
        (Type.Tabs.Concat(Type.Compositions.SelectMany(c => Schema.GetContentType(c.Key)?.Tabs ?? []))
            .FirstOrDefault(t => t.Alias == alias)?.Caption ?? fallback) is { } caption ? T[caption] : T["Splošno"];

    public bool IsVariant(PropertyType property) => Type.VariesByCulture && property.VariesByCulture;

    protected async Task<bool> InitialiseAsync(CancellationToken cancellationToken)
    {
        Schema = Snapshots.Current.Schema;
        Form = new EditorForm(Schema);
        CanPublish = (await authorization.AuthorizeAsync(User, BackOfficePolicies.Publish)).Succeeded;
        return await Access.LoadAsync(cancellationToken);
    }

    protected string NormaliseCulture(string? culture) => Schema.NormaliseCulture(culture) ?? Schema.DefaultCulture;

    protected void LoadStored(ContentData draft)
    {
        Form.Culture = Type.VariesByCulture ? Culture : string.Empty;
        Name = draft.Names.GetValueOrDefault(Type.VariesByCulture ? Culture : string.Empty) ?? string.Empty;
        foreach (var p in Properties)
        {
            var state = Form.FromStored(p, draft.Value(p.Alias, IsVariant(p) ? Culture : string.Empty));
            Values[p.Alias] = state;
            Form.Register(p, EditorForm.Prefix + p.Alias, state);
        }
    }

    protected void LoadPosted() => LoadPosted(Request.Form);

    /// <summary>The values of a posted form: this request's, or one kept when the session had expired.</summary>
    protected virtual void LoadPosted(IFormCollection form)
    {
        Form.Culture = Type.VariesByCulture ? Culture : string.Empty;
        Name = form["Name"].ToString();
        Version = int.TryParse(form["Version"], out var v) ? v : 0;
        foreach (var p in Properties)
        {
            Values[p.Alias] = Form.FromForm(p, EditorForm.Prefix + p.Alias, form);
        }
    }

    /// <summary>
    /// A form this editor posted after the session had expired (review B5) is shown again as typed, with its version,
    /// so saving it still detects someone else's save meanwhile; nothing is saved until the editor saves.
    /// </summary>
    protected async Task<bool> RestoreKeptAsync()
    {
        if (await Session.KeptForms.TakeForAsync(HttpContext) is not { } kept)
        {
            return false;
        }

        LoadPosted(kept.ToForm());
        Session.KeptForms.MarkRestored(HttpContext);
        Message = T["Vaše neshranjene spremembe so obnovljene – preverite jih in shranite."]
            + (kept.Files > 0 ? " " + T["Izbranih datotek ni bilo mogoče ohraniti; izberite jih znova."] : string.Empty);
        return true;
    }

    /// <summary>Unpublishes through the page's context and the change pipeline.</summary>
    protected UnpublishContent Unpublisher() => new(Db, Schema, Commit);

    protected void LoadPublishWarnings(ContentData draft)
    {
        foreach (var (key, warning) in Publishing.Validate(Schema, Type, draft, [Culture]))
        {
            var alias = key.Split('[')[0];
            var path = alias == "name" ? "name" : Properties.Any(p => p.Alias == alias) ? EditorForm.Prefix + alias : string.Empty;
            if (path.Length > 0)
            {
                PublishWarnings[path] = T[warning];
            }
        }
    }

    protected string NameOf(ContentData data) =>
        data.Names.GetValueOrDefault(Culture.Length > 0 ? Culture : Schema.DefaultCulture) ?? data.Names.GetValueOrDefault(Schema.DefaultCulture)
        ?? data.Names.GetValueOrDefault(string.Empty) ?? data.Names.Values.FirstOrDefault() ?? string.Empty;
}
