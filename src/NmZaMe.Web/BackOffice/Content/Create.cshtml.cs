using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>New content: first the document types allowed under the parent, then the edit form for the chosen one.</summary>
[Authorize(Policy = BackOfficePolicies.Edit)]
public sealed class CreateModel(CmsDbContext db, ISnapshotSource snapshots, ContentCommit commit, CurrentEditor editor,
    IAuthorizationService authorization, BackOfficeText text)
    : ContentEditorPage(db, snapshots, commit, editor, authorization, text)
{
    public IReadOnlyList<ContentType> Allowed { get; private set; } = [];

    public string? ParentName { get; private set; }

    public bool Choosing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? parent, string? type, string? culture, CancellationToken cancellationToken)
    {
        if (await LoadAsync(parent, culture, cancellationToken) is { } failed)
        {
            return failed;
        }

        var chosen = Allowed.FirstOrDefault(t => string.Equals(t.Alias, type, StringComparison.OrdinalIgnoreCase));
        if (chosen is null)
        {
            Choosing = true;
            return type is null ? Page() : NotFound();
        }

        Type = chosen;
        Key = Guid.NewGuid();
        // A new item's form kept after an expired session comes back whole: its blocks, picks and links exist only in
        // the post, so the script's filling in of a fresh form's fields would leave them out.
        if (!await RestoreKeptAsync())
        {
            LoadStored(new ContentData());
        }

        await LoadLookupsAsync(cancellationToken);
        return Page();
    }

    /// <summary>The posted key too: after a publish that failed validation the item exists, and this form is that item.</summary>
    protected override void LoadPosted(IFormCollection form)
    {
        if (Guid.TryParse(form["Key"], out var key))
        {
            Key = key;
        }

        base.LoadPosted(form);
    }

    public async Task<IActionResult> OnGetSearchAsync(Guid? parent, string? type, string? path, string? q, CancellationToken cancellationToken)
    {
        if (await LoadAsync(parent, null, cancellationToken) is { } failed)
        {
            return failed;
        }

        if (Allowed.FirstOrDefault(t => string.Equals(t.Alias, type, StringComparison.OrdinalIgnoreCase)) is not { } chosen)
        {
            return NotFound();
        }

        Type = chosen;
        return await SearchJsonAsync(path, q, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid? parent, string? type, CancellationToken cancellationToken)
    {
        if (await LoadAsync(parent, Request.Form["Culture"], cancellationToken) is { } failed)
        {
            return failed;
        }

        // The chosen type is checked against the parent here and again by SaveContent, never taken on trust.
        var chosen = Schema.GetContentType(type ?? string.Empty);
        if (chosen is null || chosen.IsElement)
        {
            return NotFound();
        }

        Type = chosen;
        Key = Guid.TryParse(Request.Form["Key"], out var key) ? key : Guid.NewGuid();
        if (!Allowed.Contains(chosen))
        {
            Errors[string.Empty] = T["Vrsta »{0}« tukaj ni dovoljena.", T[chosen.Name]];
            LoadPosted();
            await LoadLookupsAsync(cancellationToken);
            return Page();
        }

        // After a publish that failed validation the item exists: later posts of the same form continue editing it.
        Node = await Access.DocumentAsync(Key, cancellationToken);
        if (Node is not null && !string.Equals(Node.ContentTypeAlias, chosen.Alias, StringComparison.OrdinalIgnoreCase))
        {
            return NotFound();
        }

        var handled = await HandlePostAsync(cancellationToken);
        if (handled is not null)
        {
            return handled;
        }

        await LoadLookupsAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid? parent, string? culture, CancellationToken cancellationToken)
    {
        if (!await InitialiseAsync(cancellationToken))
        {
            return Challenge();
        }

        Culture = NormaliseCulture(culture);
        if (parent is { } parentKey)
        {
            var node = await Access.DocumentAsync(parentKey, cancellationToken);
            if (node is null || Schema.GetContentType(node.ContentTypeAlias) is not { } parentType)
            {
                return NotFound();
            }

            ParentKey = parentKey;
            ParentName = NameOf(ContentData.Deserialize(node.DraftData));
            Allowed = parentType.AllowedChildren.Select(c => Schema.GetContentType(c.Key)).OfType<ContentType>().Where(t => !t.IsElement).ToList();
        }
        else
        {
            // Only users who may work everywhere create at the root.
            if (!Access.AllowsRoot)
            {
                return NotFound();
            }

            Allowed = Schema.ContentTypes.Where(t => t.AllowAtRoot && !t.IsElement && t.Kind == ContentKind.Document).OrderBy(t => t.Name).ToList();
        }

        return null;
    }
}
