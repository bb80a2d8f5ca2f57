using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Mail;
using ContentResult = NmZaMe.Cms.Content.ContentResult;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>
/// The posted actions, one named handler each, chosen by the first part of the posted "op" (see <see cref="EditorOp"/>);
/// any other op changes only the form (<see cref="EditorOperations"/>) and re-renders it.
/// </summary>
public abstract partial class ContentEditorPage
{
    private static readonly Dictionary<string, Func<ContentEditorPage, CancellationToken, Task<IActionResult?>>> Handlers = new(StringComparer.Ordinal)
    {
        ["save"] = (page, ct) => page.PostSaveAsync(ct),
        ["overwrite"] = (page, ct) => page.PostOverwriteAsync(ct),
        ["publish"] = (page, ct) => page.PostPublishAsync(ct),
        ["approval"] = (page, ct) => page.PostSendForApprovalAsync(ct),
        ["publishbranch"] = (page, ct) => page.PostPublishBranchAsync(ct),
    };

    /// <summary>Handles the posted button. Returns null to re-render the form.</summary>
    protected async Task<IActionResult?> HandlePostAsync(CancellationToken cancellationToken)
    {
        LoadPosted();
        EditorRights.KeepReadOnly(this);
        var op = EditorOp.Parse(Request.Form["op"].ToString());
        if (await EditorRights.RefusalAsync(this, op.Name, cancellationToken) is { } refusal)
        {
            // Language or media rights (issue 14): nothing is written, the form comes back with the reason.
            Errors[string.Empty] = T[refusal.Text, refusal.Argument];
            return null;
        }

        return Handlers.TryGetValue(op.Name, out var handler)
            ? await handler(this, cancellationToken)
            : await PostFormOperationAsync(op, cancellationToken);
    }

    private async Task<IActionResult?> PostSaveAsync(CancellationToken cancellationToken) =>
        await SaveAsync(ExpectedVersion(), cancellationToken) is { } saved ? Redirected(saved, "Shranjeno.") : null;

    /// <summary>"Save mine over theirs" after a conflict: expects the version the editor was shown.</summary>
    private async Task<IActionResult?> PostOverwriteAsync(CancellationToken cancellationToken) =>
        await SaveAsync(int.TryParse(Request.Form["TheirVersion"], out var theirs) ? theirs : ExpectedVersion(), cancellationToken) is { } over
            ? Redirected(over, "Shranjeno čez spremembe drugega urednika.") : null;

    private async Task<IActionResult?> PostFormOperationAsync(EditorOp op, CancellationToken cancellationToken)
    {
        if (EditorOperations.Apply(Form, op, Request.Form) is { } message)
        {
            Message = T[message];
        }

        await SearchAsync(op, cancellationToken);
        await MediaOperationAsync(op, cancellationToken);
        return null;
    }

    private int? ExpectedVersion() => IsNew ? null : Version;

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

        var result = await new SaveContent(Db, Schema, Commit).ExecuteAsync(Command(expectedVersion), cancellationToken);
        return Handle(result) ? result : null;
    }

    private async Task<IActionResult?> PostPublishAsync(CancellationToken cancellationToken)
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

        var published = await new PublishContent(Db, Schema, Commit).ExecuteAsync(Key, PublishCultures(), Access.UserName, cancellationToken);
        if (!published.Succeeded)
        {
            return await PublishFailedAsync(saved, published, cancellationToken);
        }

        return Redirected(published, T["Shranjeno in objavljeno."]);
    }

    /// <summary>
    /// "Publish with descendants": saves, then publishes the item and its branch. Without publish rights it saves and
    /// sends one request covering the item and every descendant that would be published, which an approver publishes
    /// exactly, in one action (issue 14).
    /// </summary>
    private async Task<IActionResult?> PostPublishBranchAsync(CancellationToken cancellationToken)
    {
        var saved = await SaveAsync(ExpectedVersion(), cancellationToken);
        if (saved is null)
        {
            return null;
        }

        if (!CanPublish)
        {
            var plan = await new PublishBranch(Db, Schema, Commit).PlanAsync(Key, PublishCultures(), Request.Form["IncludeUnpublished"] == "true", cancellationToken) ?? [];
            await new RequestContentChange(Db, HttpContext.RequestServices.GetRequiredService<MailOutbox>())
                .ExecuteAsync(Cms.Persistence.ContentRequestKind.PublishBranch, Key, ContentRequests.Branch(plan), Access.UserName, cancellationToken);
            TempData["ContentMessage"] = T["Poslano v odobritev: objava skupaj s podrejenimi ({0} vsebin).", plan.Count];
            return Redirect($"/umbraco/content/{Key}/edit?culture={Uri.EscapeDataString(Culture)}");
        }

        var branch = await new PublishBranch(Db, Schema, Commit)
            .ExecuteAsync(Key, PublishCultures(), Request.Form["IncludeUnpublished"] == "true", Access.UserName, cancellationToken);
        if (branch.Failed.FirstOrDefault(f => f.Key == Key) is { Result: { } own })
        {
            return await PublishFailedAsync(saved, own, cancellationToken);
        }

        TempData["ContentMessage"] = branch.Succeeded
            ? T["Objavljeno skupaj s podrejenimi: {0}.", branch.Published]
            : T["Objavljeno: {0}. Zaradi napak ni objavljeno (popravite jih v urejevalniku): {1}.", branch.Published, string.Join(", ", branch.Failed.Select(f => f.Name))];
        return Redirect($"/umbraco/content/{Key}/edit?culture={Uri.EscapeDataString(Culture)}");
    }

    private List<string> PublishCultures() => Type.VariesByCulture
        ? Request.Form["PublishCultures"].Select(c => Schema.NormaliseCulture(c)).OfType<string>().DefaultIfEmpty(Culture).Distinct().ToList()
        : [];

    /// <summary>The draft is saved, the publish was refused: the form again with the reasons on its fields.</summary>
    private async Task<IActionResult?> PublishFailedAsync(ContentResult saved, ContentResult published, CancellationToken cancellationToken)
    {
        // The draft exists now: a new item continues on its edit page, which marks what publishing still needs
        // (review B2: the create page stayed, saying both "saved" and "not saved").
        if (IsNew)
        {
            return Redirected(saved, "Osnutek je shranjen, objava pa ni uspela. Popravite označena polja.");
        }

        Version = saved.Version;
        Node = await Db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == Key, cancellationToken);
        DraftSaved = true;
        Handle(published);
        return null;
    }

    private async Task<IActionResult?> PostSendForApprovalAsync(CancellationToken cancellationToken)
    {
        if (IsNew && await Db.Nodes.AnyAsync(n => n.Key == Key, cancellationToken))
        {
            Errors[string.Empty] = T["Ta vsebina je že ustvarjena."];
            return null;
        }

        var cultures = Type.VariesByCulture ? new[] { Culture } : [];
        var result = await new RequestApproval(Db, new SaveContent(Db, Schema, Commit), HttpContext.RequestServices.GetRequiredService<MailOutbox>()).ExecuteAsync(Command(ExpectedVersion()), cultures, cancellationToken);
        return Handle(result) ? Redirected(result, T["Poslano v odobritev."]) : null;
    }

    private protected IActionResult Redirected(ContentResult result, string message)
    {
        TempData["ContentMessage"] = T[message];
        return Redirect(AddressAfter(result));
    }

    /// <summary>Where the editor goes after a successful post: this page, in the culture being edited.</summary>
    private protected virtual string AddressAfter(ContentResult result) =>
        $"/umbraco/content/{result.Key}/edit?culture={Uri.EscapeDataString(Culture)}";

    /// <summary>Conflict and not-found for every editor page, then the field errors (<see cref="MapErrors"/>); true when it succeeded.</summary>
    private protected bool Handle(ContentResult result)
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

        MapErrors(result);
        return false;
    }

    /// <summary>Maps a use case's errors onto the form's fields.</summary>
    private protected virtual void MapErrors(ContentResult result)
    {
        foreach (var (key, error) in result.Errors)
        {
            var alias = key.Split('[')[0];
            var words = T[error];
            // Another culture's error (publishing it too) is not this form's field: it is listed with its culture (review B2).
            if (key.Split('[', ']') is [_, { Length: > 0 } culture, ..] && !string.Equals(culture, Culture, StringComparison.OrdinalIgnoreCase))
            {
                var label = alias == "name" ? T["Ime"] : (Properties.FirstOrDefault(p => p.Alias == alias)?.Name is { } name ? T[name] : alias);
                words = $"{culture} · {label}: {words}";
                alias = string.Empty;
            }

            var path = alias == "name" ? "name" : alias.Length > 0 && Properties.Any(p => p.Alias == alias) ? EditorForm.Prefix + alias : string.Empty;
            Errors[path] = Errors.TryGetValue(path, out var existing) && path.Length == 0 ? existing + " " + words : words;
        }

        foreach (var (path, error) in Form.BlockErrors())
        {
            Errors[path] = T[error];
        }
    }
}
