using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using ContentResult = NmZaMe.Cms.Content.ContentResult;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>
/// The split view's posted actions. Save writes both cultures (those the editor may edit) in one command, so one
/// version and one audit entry; publish lets the editor choose the cultures; a writer's request for approval covers
/// both cultures in one request, as <see cref="RequestApproval"/> takes several. Any other op changes only the form.
/// </summary>
public sealed partial class SplitModel
{
    private const string Refused = "Jezika {0} ne smete urejati ali objavljati: vaše skupine ga ne dovolijo. Nič ni shranjeno.";

    private static readonly HashSet<string> Writes = new(StringComparer.Ordinal) { "save", "overwrite", "publish", "approval" };

    private async Task<IActionResult?> HandleSplitPostAsync(CancellationToken cancellationToken)
    {
        LoadPosted();
        var op = EditorOp.Parse(Request.Form["op"].ToString());
        if (Writes.Contains(op.Name) && await RefusalAsync(op.Name, cancellationToken) is { } refusal)
        {
            // Nothing is written; the form comes back as posted, with the reason.
            Errors[string.Empty] = refusal;
            return null;
        }

        KeepReadOnly();
        return op.Name switch
        {
            "save" => await SaveAsync(ExpectedVersion(), cancellationToken) is { } saved ? Redirected(saved, "Shranjeno.") : null,
            "overwrite" => await SaveAsync(int.TryParse(Request.Form["TheirVersion"], out var theirs) ? theirs : ExpectedVersion(), cancellationToken) is { } over
                ? Redirected(over, "Shranjeno čez spremembe drugega urednika.") : null,
            "publish" => await PublishAsync(cancellationToken),
            "approval" => await SendForApprovalAsync(cancellationToken),
            _ => await FormOperationAsync(op, cancellationToken),
        };
    }

    /// <summary>
    /// Why the post may not write, or null. A side the editor may not edit is disabled in the form and posts nothing, so
    /// its fields in a post are crafted: refused whole, as the single editor refuses a culture it may not edit.
    /// </summary>
    private async Task<string?> RefusalAsync(string op, CancellationToken cancellationToken)
    {
        var form = Request.Form;
        if ((!CanEditLeft && !CanEditRight) || (!CanEditLeft && (form.ContainsKey("Name") || form.Keys.Any(k => k.StartsWith(EditorForm.Prefix, StringComparison.Ordinal)))))
        {
            return T[Refused, Culture];
        }

        if (!CanEditRight && (form.ContainsKey("OtherName") || form.Keys.Any(k => k.StartsWith(OtherPrefix, StringComparison.Ordinal))))
        {
            return T[Refused, Other];
        }

        if (op == "publish" && PublishCultures().FirstOrDefault(c => !Access.CanEditCulture(c)) is { } culture)
        {
            return T[Refused, culture];
        }

        // The single editor's checks of the left column (its culture and media within the media start folders).
        return CanEditLeft && await EditorRights.RefusalAsync(this, op, cancellationToken) is { } refusal ? T[refusal.Text, refusal.Argument] : null;
    }

    /// <summary>Puts the stored values back into what the editor may not change: disabled fields post nothing.</summary>
    private void KeepReadOnly()
    {
        var draft = ContentData.Deserialize(Node!.DraftData);
        if (CanEditLeft)
        {
            EditorRights.KeepReadOnly(this);
        }
        else
        {
            Form.ByPath.Clear();
            LoadStored(draft);
        }

        if (!CanEditRight)
        {
            LoadOtherStored(draft);
        }
    }

    private async Task<IActionResult?> FormOperationAsync(EditorOp op, CancellationToken cancellationToken)
    {
        // Structure (add, move, remove blocks; pickers) lives in the left column; the right follows it by block key.
        if (EditorOperations.Apply(Form, op, Request.Form) is { } message)
        {
            Message = T[message];
        }

        await SearchAsync(op, cancellationToken);

        await MediaOperationAsync(op, cancellationToken);
        return null;
    }

    private int? ExpectedVersion() => Version;

    /// <summary>The editable cultures' names and values; what may not be changed is left out, so the engine keeps it.</summary>
    private SaveContentCommand Command(int? expectedVersion)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (CanEditLeft)
        {
            names[Culture] = Name;
        }

        if (CanEditRight)
        {
            names[Other] = OtherName;
        }

        var values = new Dictionary<string, IReadOnlyDictionary<string, string?>>(StringComparer.Ordinal);
        foreach (var p in Properties)
        {
            // Both entries of a block list are its one invariant value: the engine merges them in turn, each keeping the
            // other culture's texts (BlockVariance.MergeEdited), so both columns' texts are saved.
            var byCulture = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (CanEditLeftField(p))
            {
                byCulture[Culture] = Form.ToRaw(p, Values[p.Alias]);
            }

            if (CanEditRight && InBothColumns(p))
            {
                byCulture[Other] = IsVariant(p)
                    ? OtherForm.ToRaw(p, OtherValues[p.Alias])
                    : OtherForm.ToRaw(p, SplitBlocks.Merge(OtherForm, Values[p.Alias], OtherValues.GetValueOrDefault(p.Alias)));
            }

            if (byCulture.Count > 0)
            {
                values[p.Alias] = byCulture;
            }
        }

        return new SaveContentCommand(Key, null, Type.Alias, names, values, expectedVersion, Access.UserName);
    }

    private async Task<ContentResult?> SaveAsync(int? expectedVersion, CancellationToken cancellationToken)
    {
        var result = await new SaveContent(Db, Schema, Commit).ExecuteAsync(Command(expectedVersion), cancellationToken);
        return Handle(result) ? result : null;
    }

    private List<string> EditableCultures() => new[] { Culture, Other }.Where(Access.CanEditCulture).ToList();

    /// <summary>The cultures ticked in "publish"; none ticked publishes the ones the editor may edit.</summary>
    private List<string> PublishCultures()
    {
        var ticked = Request.Form["PublishCultures"].Select(c => Schema.NormaliseCulture(c)).OfType<string>().Distinct().ToList();
        return ticked.Count > 0 ? ticked : EditableCultures();
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

        var commit = Commit;
        var published = await new PublishContent(Db, Schema, commit).ExecuteAsync(Key, PublishCultures(), Access.UserName, cancellationToken);
        if (published.Succeeded)
        {
            return Redirected(published, T["Shranjeno in objavljeno."]);
        }

        Version = saved.Version;
        Node = await Db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == Key, cancellationToken);
        DraftSaved = true;
        Handle(published);
        return null;
    }

    private async Task<IActionResult?> SendForApprovalAsync(CancellationToken cancellationToken)
    {
        var outbox = HttpContext.RequestServices.GetRequiredService<MailOutbox>();
        var result = await new RequestApproval(Db, new SaveContent(Db, Schema, Commit), outbox).ExecuteAsync(Command(ExpectedVersion()), EditableCultures(), cancellationToken);
        return Handle(result) ? Redirected(result, T["Poslano v odobritev."]) : null;
    }

    private protected override string AddressAfter(ContentResult result) =>
        $"/umbraco/content/{result.Key}/split?culture={Uri.EscapeDataString(Culture)}&other={Uri.EscapeDataString(Other)}";

    /// <summary>Maps a use case's errors onto the column of their culture (review B2).</summary>
    private protected override void MapErrors(ContentResult result)
    {
        foreach (var (key, error) in result.Errors)
        {
            var path = SplitErrors.PathOf(this, key, out var culture);
            var words = T[error];
            if (path.Length == 0 && culture is not null)
            {
                words = $"{culture} · {T[SplitErrors.LabelOf(this, key)]}: {words}";
            }

            Errors[path] = Errors.TryGetValue(path, out var existing) && path.Length == 0 ? existing + " " + words : words;
        }

        foreach (var (path, error) in Form.BlockErrors())
        {
            Errors[path] = T[error];
        }

        foreach (var (path, error) in OtherForm.BlockErrors().Where(e => OtherForm.ByPath[e.Key].Property.VariesByCulture))
        {
            Errors[path] = T[error];
        }
    }
}
