using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Media;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Web.BackOffice.Media;

/// <summary>Who may change which media: the edit permission, the media start folders, and live use (review F2).</summary>
public sealed partial class IndexModel
{
    /// <summary>Why this editor may not change the item: no edit permission, outside the start folders, or live (below); null when they may.</summary>
    private async Task<IActionResult?> EditRefusalAsync(Guid key, CancellationToken cancellationToken) =>
        !await CanEditAsync() ? Forbid()
        : await editor.MediaAsync(key, cancellationToken) is null ? NotFound()
        : await LiveUseRefusalAsync(key, cancellationToken);

    private async Task<bool> CanEditAsync() => (await authorization.AuthorizeAsync(User, BackOfficePolicies.Edit)).Succeeded;

    private async Task<bool> CanPublishAsync() => (await authorization.AuthorizeAsync(User, BackOfficePolicies.Publish)).Succeeded;

    /// <summary>
    /// Media is live as soon as it is saved, so a change to an item that published content shows would change the
    /// site past the approval an edit of that content needs (review F2). Without the publish permission such an item,
    /// and a folder holding one, is read-only; unused and draft-only items stay editable.
    /// </summary>
    private async Task<IActionResult?> LiveUseRefusalAsync(Guid key, CancellationToken cancellationToken)
    {
        if (await CanPublishAsync())
        {
            return null;
        }

        // A folder's name and place are part of its items' Delivery API paths, so a folder holding live media is live too.
        var node = await db.Nodes.AsNoTracking().FirstAsync(n => n.Key == key && n.Kind == ContentKind.Media, cancellationToken);
        var keys = node.ContentTypeAlias == MediaItems.FolderType
            ? await db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Media && n.Path.StartsWith(node.Path + ",")).Select(n => n.Key).ToListAsync(cancellationToken)
            : [];
        var published = snapshots.Current;
        var live = false;
        foreach (var item in keys.Prepend(key))
        {
            var usages = await new MediaUsages(db).ExecuteAsync(item, published.Schema.DefaultCulture, cancellationToken);
            if (usages.Any(u => !u.Trashed && published.Get(u.Key) is not null))
            {
                live = true;
                break;
            }
        }

        if (!live)
        {
            return null;
        }

        ModelState.AddModelError(string.Empty, T[LiveMediaNeedsPublishRight]);
        return await LoadAsync(key, cancellationToken) ? Page() : NotFound();
    }

    public const string LiveMediaNeedsPublishRight = "Ta medij je na objavljenih straneh, zato ga lahko spremeni le uporabnik s pravico objave.";
}
