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
/// </summary>
public abstract class ContentEditorPage(CmsDbContext db, ISnapshotSource snapshots, ContentCommit commit, CurrentEditor editor,
    IAuthorizationService authorization, BackOfficeText text) : PageModel
{
    public sealed record Picked(string Udi, string Name, string TypeName);

    public sealed record CultureStatus(string Culture, string Name, string Status);

    public sealed record Difference(string Property, string Theirs, string Yours);

    protected CmsDbContext Db { get; } = db;

    protected BackOfficeText T { get; } = text;

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

    public bool CanPublish { get; private set; }

    public Dictionary<string, List<Picked>> SearchResults { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<(Guid Key, string Name, string? Alt, string? Url)> Media { get; } = [];

    public List<Picked> Documents { get; } = [];

    public List<string> ExistingTags { get; } = [];

    public List<CultureStatus> Statuses { get; } = [];

    /// <summary>Set when someone else saved meanwhile: their version, to save over explicitly.</summary>
    public int? TheirVersion { get; private set; }

    public List<Difference> Differences { get; } = [];

    public CurrentEditor Access { get; } = editor;

    public IEnumerable<PropertyType> Properties => Schema.PropertiesOf(Type);

    /// <summary>Umbraco's tabs, and groups inside them ("tab/group" aliases): the tab a property's container belongs to.</summary>
    public static string TabOf(PropertyType property) => (property.TabAlias ?? string.Empty).Split('/')[0];

    public string CaptionOf(string alias, string? fallback) =>
        Type.Tabs.Concat(Type.Compositions.SelectMany(c => Schema.GetContentType(c.Key)?.Tabs ?? []))
            .FirstOrDefault(t => t.Alias == alias)?.Caption ?? fallback ?? T["Splošno"];

    public bool IsVariant(PropertyType property) => Type.VariesByCulture && property.VariesByCulture;

    protected async Task<bool> InitialiseAsync(CancellationToken cancellationToken)
    {
        Schema = snapshots.Current.Schema;
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
    protected void LoadPosted(IFormCollection form)
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
    protected bool RestoreKept()
    {
        if (Session.KeptForms.TakeFor(HttpContext) is not { } kept)
        {
            return false;
        }

        LoadPosted(kept.ToForm());
        Session.KeptForms.MarkRestored(HttpContext);
        Message = T["Vaše neshranjene spremembe so obnovljene – preverite jih in shranite."]
            + (kept.Files > 0 ? " " + T["Izbranih datotek ni bilo mogoče ohraniti; izberite jih znova."] : string.Empty);
        return true;
    }

    /// <summary>Handles the posted button. Returns null to re-render the form.</summary>
    protected async Task<IActionResult?> HandlePostAsync(CancellationToken cancellationToken)
    {
        LoadPosted();
        var op = Request.Form["op"].ToString().Split('|');
        var path = op.Length > 1 ? op[1] : string.Empty;
        var arg = op.Length > 2 ? op[2] : string.Empty;
        switch (op[0])
        {
            case "save":
                return await SaveAsync(ExpectedVersion(), cancellationToken) is { } saved ? Redirected(saved, "Shranjeno.") : null;
            case "overwrite":
                return await SaveAsync(int.TryParse(Request.Form["TheirVersion"], out var theirs) ? theirs : ExpectedVersion(), cancellationToken) is { } over
                    ? Redirected(over, "Shranjeno čez spremembe drugega urednika.") : null;
            case "publish":
                return await PublishAsync(cancellationToken);
            case "approval":
                return await SendForApprovalAsync(cancellationToken);
            default:
                ApplyOperation(op[0], path, arg);
                await SearchAsync(op[0] == "search" ? path : null, cancellationToken);
                return null;
        }
    }

    private int? ExpectedVersion() => IsNew ? null : Version;

    /// <summary>Unpublishes through the page's context and the change pipeline.</summary>
    protected UnpublishContent Unpublisher() => new(Db, Schema, commit);

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

    private SaveContentCommand Command(int? expectedVersion)
    {
        var values = new Dictionary<string, IReadOnlyDictionary<string, string?>>(StringComparer.Ordinal);
        foreach (var p in Properties)
        {
            values[p.Alias] = new Dictionary<string, string?> { [Culture] = Form.ToRaw(p, Values[p.Alias]) };
        }

        return new SaveContentCommand(Key, ParentKey, Type.Alias, new Dictionary<string, string> { [Type.VariesByCulture ? Culture : string.Empty] = Name },
            values, expectedVersion, Access.UserName);
    }

    private async Task<ContentResult?> SaveAsync(int? expectedVersion, CancellationToken cancellationToken)
    {
        if (IsNew && await Db.Nodes.AnyAsync(n => n.Key == Key, cancellationToken))
        {
            Errors[string.Empty] = T["Ta vsebina je že ustvarjena."];
            return null;
        }

        var result = await new SaveContent(Db, Schema).ExecuteAsync(Command(expectedVersion), cancellationToken);
        return Handle(result) ? result : null;
    }

    private async Task<IActionResult?> PublishAsync(CancellationToken cancellationToken)
    {
        if (!CanPublish)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var saved = await SaveAsync(ExpectedVersion(), cancellationToken);
        if (saved is null)
        {
            return null;
        }

        var cultures = Type.VariesByCulture
            ? Request.Form["PublishCultures"].Select(c => Schema.NormaliseCulture(c)).OfType<string>().DefaultIfEmpty(Culture).Distinct().ToList()
            : [];
        var published = await new PublishContent(Db, Schema, commit).ExecuteAsync(Key, cultures, Access.UserName, cancellationToken);
        if (!published.Succeeded)
        {
            Version = saved.Version;
            Node = await Db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == Key, cancellationToken);
            Message = T["Osnutek je shranjen, objava pa ni uspela. Popravite označena polja."];
            Handle(published);
            return null;
        }

        return Redirected(published, T["Shranjeno in objavljeno."]);
    }

    private async Task<IActionResult?> SendForApprovalAsync(CancellationToken cancellationToken)
    {
        if (IsNew && await Db.Nodes.AnyAsync(n => n.Key == Key, cancellationToken))
        {
            Errors[string.Empty] = T["Ta vsebina je že ustvarjena."];
            return null;
        }

        var cultures = Type.VariesByCulture ? new[] { Culture } : [];
        var result = await new RequestApproval(Db, new SaveContent(Db, Schema), HttpContext.RequestServices.GetRequiredService<MailOutbox>()).ExecuteAsync(Command(ExpectedVersion()), cultures, cancellationToken);
        return Handle(result) ? Redirected(result, T["Poslano v odobritev."]) : null;
    }

    private IActionResult Redirected(ContentResult result, string message)
    {
        TempData["ContentMessage"] = T[message];
        return Redirect($"/umbraco/content/{result.Key}/edit?culture={Uri.EscapeDataString(Culture)}");
    }

    /// <summary>Maps a use case's errors onto the form's fields; true when it succeeded.</summary>
    private bool Handle(ContentResult result)
    {
        if (result.Succeeded)
        {
            return true;
        }

        if (result.Outcome == ContentOutcome.Conflict)
        {
            TheirVersion = result.Version;
            Errors[string.Empty] = T["Nekdo drug je medtem shranil to vsebino."];
            return false;
        }

        if (result.Outcome == ContentOutcome.NotFound)
        {
            Errors[string.Empty] = T["Vsebine ni mogoče najti."];
            return false;
        }

        foreach (var (key, error) in result.Errors)
        {
            var alias = key.Split('[')[0];
            var path = alias == "name" ? "name" : Properties.Any(p => p.Alias == alias) ? EditorForm.Prefix + alias : string.Empty;
            var words = T[ContentErrors.Words(error)];
            Errors[path] = Errors.TryGetValue(path, out var existing) && path.Length == 0 ? existing + " " + words : words;
        }

        foreach (var (path, error) in Form.BlockErrors())
        {
            Errors[path] = T[error];
        }

        return false;
    }

    private void ApplyOperation(string op, string path, string arg)
    {
        if (!Form.ByPath.TryGetValue(path, out var field))
        {
            return;
        }

        var (property, state) = field;
        var index = int.TryParse(arg, out var i) ? i : -1;
        switch (op)
        {
            case "addblock" when Guid.TryParse(Request.Form[path + ".add"], out var typeKey)
                                 && Form.AllowedBlocks(property).Contains(typeKey) && Schema.GetContentType(typeKey) is { IsElement: true } type:
                state.Blocks.Add(Form.NewBlock(type));
                Message = T["Blok je dodan. Vsebina še ni shranjena."];
                break;
            case "addlink":
                state.Links.Add(new LinkState(string.Empty, string.Empty, string.Empty));
                break;
            case "pick" when arg.Length > 0 && !state.Items.Contains(arg):
                if (property.EditorAlias == "Umbraco.ContentPicker")
                {
                    state.Items.Clear();
                }

                state.Items.Add(arg);
                break;
            case "up" or "down" or "remove" when index >= 0:
                Move(state.Blocks, index, op);
                Move(state.Links, index, op);
                Move(state.Items, index, op);
                break;
        }
    }

    private static void Move<TItem>(List<TItem> list, int index, string op)
    {
        if (index >= list.Count)
        {
            return;
        }

        var target = op == "up" ? index - 1 : index + 1;
        if (op == "remove")
        {
            list.RemoveAt(index);
        }
        else if (target >= 0 && target < list.Count)
        {
            (list[index], list[target]) = (list[target], list[index]);
        }
    }

    /// <summary>Items of the picker's allowed types whose name contains the query (drafts too: editors link to work in progress).</summary>
    public async Task<List<Picked>> FindAsync(PropertyType property, string query, CancellationToken cancellationToken)
    {
        var filter = Schema.DataTypeOf(property).ConfigString("filter")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        var nodes = Db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Document && !n.Trashed);
        if (filter.Length > 0)
        {
            nodes = nodes.Where(n => filter.Contains(n.ContentTypeAlias));
        }

        var candidates = await nodes.Select(n => new { n.Key, n.ContentTypeAlias, n.DraftData, n.Path }).ToListAsync(cancellationToken);
        var folded = Fold(query.Trim());
        return candidates
            .Where(c => filter.Length > 0 || Access.StartContentIds is null || NodePath.IsAtOrUnder(c.Path, Access.StartContentIds))
            .Select(c => new Picked(Udi.Document(c.Key), NameOf(ContentData.Deserialize(c.DraftData)), Schema.GetContentType(c.ContentTypeAlias)?.Name ?? c.ContentTypeAlias))
            .Where(p => folded.Length == 0 || Fold(p.Name).Contains(folded, StringComparison.Ordinal))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .Take(25)
            .ToList();
    }

    /// <summary>The inline search of a top-level picker, for editor.js: the same matches the "Išči" button lists.</summary>
    protected async Task<IActionResult> SearchJsonAsync(string? path, string? query, CancellationToken cancellationToken)
    {
        var property = Properties.FirstOrDefault(p => EditorForm.Prefix + p.Alias == path
            && p.EditorAlias is "Umbraco.ContentPicker" or "Umbraco.MultiNodeTreePicker");
        if (property is null)
        {
            return NotFound();
        }

        var found = await FindAsync(property, query ?? string.Empty, cancellationToken);
        return new JsonResult(found.Select(f => new { udi = f.Udi, name = f.Name, type = f.TypeName, label = T["Izberi: {0}", f.Name] }));
    }

    private async Task SearchAsync(string? searchPath, CancellationToken cancellationToken)
    {
        if (searchPath is not null && Form.ByPath.TryGetValue(searchPath, out var field))
        {
            SearchResults[searchPath] = await FindAsync(field.Property, Request.Form[searchPath + ".q"].ToString(), cancellationToken);
        }
    }

    /// <summary>Names for picked items, media for the media picker, documents for internal links, tags in use, culture states.</summary>
    protected async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        var picked = Form.ByPath.Values.SelectMany(f => f.State.Items.Concat(f.State.Links.Select(l => l.Content)))
            .Select(u => Udi.TryParse(u, out _, out var k) ? k : Guid.Empty).Where(k => k != Guid.Empty).Distinct().ToList();
        foreach (var n in await Db.Nodes.AsNoTracking().Where(n => picked.Contains(n.Key)).Select(n => new { n.Key, n.DraftData }).ToListAsync(cancellationToken))
        {
            Names[Udi.Document(n.Key)] = NameOf(ContentData.Deserialize(n.DraftData));
        }

        var kinds = Form.ByPath.Values.Select(f => f.Property.EditorAlias).ToHashSet();
        if (kinds.Contains("Umbraco.MediaPicker3"))
        {
            foreach (var m in await Db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Media && !n.Trashed && n.ContentTypeAlias != "Folder")
                         .Select(n => new { n.Key, n.DraftData }).ToListAsync(cancellationToken))
            {
                var data = ContentData.Deserialize(m.DraftData);
                Media.Add((m.Key, NameOf(data), data.Value("altText", string.Empty), snapshots.Current.MediaUrl(m.Key)));
            }

            Media.Sort((a, b) => string.Compare(a.Name, b.Name, StringComparison.CurrentCulture));
        }

        if (kinds.Contains("Umbraco.MultiUrlPicker"))
        {
            var all = await Db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Document && !n.Trashed)
                .Select(n => new { n.Key, n.ContentTypeAlias, n.DraftData }).ToListAsync(cancellationToken);
            Documents.AddRange(all.Select(d => new Picked(Udi.Document(d.Key), NameOf(ContentData.Deserialize(d.DraftData)), d.ContentTypeAlias))
                .OrderBy(d => d.Name, StringComparer.CurrentCulture));
        }

        if (kinds.Contains("Umbraco.Tags"))
        {
            var aliases = Form.ByPath.Values.Where(f => f.Property.EditorAlias == "Umbraco.Tags").Select(f => f.Property.Alias).ToHashSet();
            var published = snapshots.Current.All;
            ExistingTags.AddRange(published
                .SelectMany(c => aliases.SelectMany(a => new[] { c.Value(a, Culture), c.Value(a, string.Empty) }))
                .OfType<string[]>().SelectMany(t => t).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture).Take(300));
        }

        if (Node is not null)
        {
            var draft = ContentData.Deserialize(Node.DraftData);
            var live = Node.PublishedData is null ? null : ContentData.Deserialize(Node.PublishedData);
            foreach (var language in Type.VariesByCulture ? Schema.Languages.Select(l => l.IsoCode) : [string.Empty])
            {
                var status = live is null || !live.Names.ContainsKey(language) ? "osnutek"
                    : Same(draft, live, language) ? "objavljeno" : "spremenjeno po objavi";
                Statuses.Add(new CultureStatus(language, draft.Names.GetValueOrDefault(language) ?? string.Empty, status));
            }
        }
    }

    /// <summary>Side by side: their saved draft against what this editor typed, for the properties that differ.</summary>
    protected async Task LoadConflictAsync(CancellationToken cancellationToken)
    {
        if (TheirVersion is null)
        {
            return;
        }

        var node = await Db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == Key, cancellationToken);
        if (node is null)
        {
            return;
        }

        var theirs = ContentData.Deserialize(node.DraftData);
        var theirName = theirs.Names.GetValueOrDefault(Type.VariesByCulture ? Culture : string.Empty) ?? string.Empty;
        if (theirName != Name.Trim())
        {
            Differences.Add(new Difference(T["Ime"], theirName, Name));
        }

        var context = new EditorContext(Schema);
        foreach (var p in Properties)
        {
            var their = Display(p, theirs.Value(p.Alias, IsVariant(p) ? Culture : string.Empty));
            var normalised = Schema.EditorOf(p).Normalise(Form.ToRaw(p, Values[p.Alias]), Schema.DataTypeOf(p), context);
            var yours = normalised.IsValid ? Display(p, normalised.Value) : Form.ToRaw(p, Values[p.Alias]) ?? string.Empty;
            if (their != yours)
            {
                Differences.Add(new Difference(p.Name, their, yours));
            }
        }
    }

    /// <summary>A value as an editor reads it: the editor's own plain text, names for picked items.</summary>
    public string Display(PropertyType property, string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return string.Empty;
        }

        var editor = Schema.EditorOf(property);
        var intermediate = editor.ToIntermediate(stored, Schema.DataTypeOf(property), new EditorContext(Schema));
        var parts = editor.Text(intermediate).Concat(editor.References(intermediate).Select(k => Names.GetValueOrDefault(Udi.Document(k)) ?? k.ToString())).ToList();
        return parts.Count > 0 ? string.Join(" · ", parts) : stored;
    }

    private bool Same(ContentData draft, ContentData live, string culture)
    {
        if (draft.Names.GetValueOrDefault(culture) != live.Names.GetValueOrDefault(culture))
        {
            return false;
        }

        var context = new EditorContext(Schema);
        return Properties.All(p =>
        {
            var c = Publishing.ValueCulture(Type, p, culture);
            var edited = draft.Value(p.Alias, c);
            var editor = Schema.EditorOf(p);
            if (c.Length == 0 && Type.VariesByCulture && editor.CanMergePartialValues(p))
            {
                // Block texts of the other languages do not make this one "changed": compare what publishing it would give.
                edited = editor.MergePartialValueForCulture(edited, editor.MergePartialValueForCulture(edited, live.Value(p.Alias, c), culture, context), null, context);
            }

            return edited == live.Value(p.Alias, c);
        });
    }

    protected string NameOf(ContentData data) =>
        data.Names.GetValueOrDefault(Culture.Length > 0 ? Culture : Schema.DefaultCulture) ?? data.Names.GetValueOrDefault(Schema.DefaultCulture)
        ?? data.Names.GetValueOrDefault(string.Empty) ?? data.Names.Values.FirstOrDefault() ?? string.Empty;

    private static string Fold(string s) =>
        new string(s.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
}
