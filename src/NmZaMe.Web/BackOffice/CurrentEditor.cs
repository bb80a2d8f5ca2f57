using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Security;

namespace NmZaMe.Web.BackOffice;

/// <summary>
/// The signed-in editor of this request: the user, their groups and permissions, and where in the tree they may work.
/// Loaded once per request and asked by every page, so the start-node rule (<see cref="StartNodeRule"/>) has one reader
/// in the back office. Items outside the start nodes are treated as missing (404), so keys of other organisations' items
/// reveal nothing.
/// </summary>
public sealed class CurrentEditor(IHttpContextAccessor http, CmsDbContext db, UserManager<BackOfficeUser> users, ISnapshotSource snapshots)
{
    private Task<bool>? loading;

    public BackOfficeUser User { get; private set; } = null!;

    public IReadOnlyList<UserGroup> Groups { get; private set; } = [];

    /// <summary>The start nodes' keys; null for the whole tree, empty for nowhere.</summary>
    public IReadOnlySet<Guid>? StartContentKeys { get; private set; }

    /// <summary>The start nodes' ids (only those that exist); null for the whole tree.</summary>
    public IReadOnlySet<int>? StartContentIds { get; private set; }

    /// <summary>The media start folders' keys (<see cref="StartNodeRule.ResolveMedia"/>); null for the whole library.</summary>
    public IReadOnlySet<Guid>? StartMediaKeys { get; private set; }

    private IReadOnlySet<int>? StartMediaIds { get; set; }

    /// <summary>The cultures the editor's groups allow (<see cref="LanguageRule"/>); null for all languages.</summary>
    public IReadOnlySet<string>? AllowedCultures { get; private set; }

    /// <summary>
    /// Whether the editor may save, publish, schedule or import values of <paramref name="culture"/>; "" asks for the
    /// invariant values, which belong to the default language (Umbraco 17's language permissions). Every write route
    /// that touches a culture's values asks this.
    /// </summary>
    public bool CanEditCulture(string culture) => LanguageRule.Allows(AllowedCultures, culture, snapshots.Current.Schema.DefaultCulture);

    /// <summary>Whether the editor may change every culture at once (a rollback restores all of them).</summary>
    public bool CanEditAllCultures => AllowedCultures is null || snapshots.Current.Schema.Languages.All(l => CanEditCulture(l.IsoCode));

    /// <summary>The name the editor's changes are audited under.</summary>
    public string UserName => User.UserName ?? User.Email ?? User.Id.ToString();

    /// <summary>Only editors without start nodes may place items at the root or sort the root level.</summary>
    public bool AllowsRoot => StartContentIds is null;

    /// <summary>Only editors with the whole library may add to or see the library's top level.</summary>
    public bool AllowsMediaRoot => StartMediaIds is null;

    public bool AllowsMedia(NodeRecord node) => StartMediaIds is null || NodePath.IsAtOrUnder(node.Path, StartMediaIds);

    /// <summary>A media item in scope by key; null when missing, trashed or outside the start folders, which look alike.</summary>
    public async Task<NodeRecord?> MediaAsync(Guid key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return null;
        }

        var node = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == key && n.Kind == ContentKind.Media && !n.Trashed, cancellationToken);
        return node is not null && AllowsMedia(node) ? node : null;
    }

    /// <summary>Whether the editor may place media here: a folder in scope, or the top level (null) with the whole library.</summary>
    public async Task<bool> AllowsMediaParentAsync(Guid? key, CancellationToken cancellationToken) =>
        key is { } k ? await MediaAsync(k, cancellationToken) is not null : await LoadAsync(cancellationToken) && AllowsMediaRoot;

    private ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>Whether the editor's groups grant <paramref name="permission"/> (and no sign-in step is pending), as the policies read it.</summary>
    public bool Can(string permission) =>
        Principal.HasClaim(Permissions.ClaimType, permission) && !Principal.HasClaim(c => c.Type == PendingStep.ClaimType);

    /// <summary>Loads the editor once per request. False when nobody (or a deleted user) is signed in.</summary>
    public Task<bool> LoadAsync(CancellationToken cancellationToken) => loading ??= LoadOnceAsync(cancellationToken);

    /// <summary>This editor when someone is signed in, else null: for pages that go on with the scope.</summary>
    public async Task<CurrentEditor?> ScopeAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? this : null;

    public bool Allows(NodeRecord node) => StartContentIds is null || NodePath.IsAtOrUnder(node.Path, StartContentIds);

    /// <summary>The same rule on a snapshot (published or preview), where an item's ancestors are known by key.</summary>
    public bool Allows(PublishedSnapshot snapshot, PublishedContent item) =>
        StartContentKeys is null || StartContentKeys.Contains(item.Key) || snapshot.Ancestors(item).Any(a => StartContentKeys.Contains(a.Key));

    /// <summary>A document in scope by key, trashed or not as asked; null when missing, or outside the start nodes, which look alike.</summary>
    public async Task<NodeRecord?> DocumentAsync(Guid key, bool trashed, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return null;
        }

        var node = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == key && n.Kind == ContentKind.Document && n.Trashed == trashed, cancellationToken);
        return node is not null && Allows(node) ? node : null;
    }

    public Task<NodeRecord?> DocumentAsync(Guid key, CancellationToken cancellationToken) => DocumentAsync(key, trashed: false, cancellationToken);

    /// <summary>The editor with a document in scope and its type, or null when any of them is missing.</summary>
    public async Task<(CurrentEditor Scope, NodeRecord Node, ContentType Type)?> ItemAsync(ContentSchema schema, Guid key, bool trashed, CancellationToken cancellationToken) =>
        await DocumentAsync(key, trashed, cancellationToken) is { } node && schema.GetContentType(node.ContentTypeAlias) is { } type ? (this, node, type) : null;

    private async Task<bool> LoadOnceAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(Principal) is not { } user)
        {
            return false;
        }

        User = user;
        var memberships = db.UserRoles.Where(m => m.UserId == user.Id).Select(m => m.RoleId);
        Groups = await db.Roles.AsNoTracking().Where(g => memberships.Contains(g.Id)).OrderBy(g => g.Name).ToListAsync(cancellationToken);
        StartContentKeys = StartNodeRule.Resolve(user.StartContentKey, Groups);
        StartContentIds = await IdsAsync(StartContentKeys, cancellationToken);
        StartMediaKeys = StartNodeRule.ResolveMedia(user.StartMediaKey, Groups);
        StartMediaIds = await MediaIdsAsync(user.StartMediaKey, StartMediaKeys, cancellationToken);
        AllowedCultures = LanguageRule.Resolve(Groups);
        return true;
    }

    /// <summary>The media start folders' ids; a group's folder that contains the user's own or lies within it gives way to the user's, as in Umbraco.</summary>
    private async Task<IReadOnlySet<int>?> MediaIdsAsync(Guid? own, IReadOnlySet<Guid>? keys, CancellationToken cancellationToken)
    {
        if (keys is null)
        {
            return null;
        }

        var folders = await db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key)).Select(n => new { n.Id, n.Key, n.Path }).ToListAsync(cancellationToken);
        if (folders.FirstOrDefault(f => f.Key == own) is not { } mine)
        {
            return folders.Select(f => f.Id).ToHashSet();
        }

        var ownIds = new HashSet<int> { mine.Id };
        return folders.Where(f => f.Id == mine.Id || (!NodePath.IsAtOrUnder(f.Path, ownIds) && !NodePath.IsAtOrUnder(mine.Path, new HashSet<int> { f.Id })))
            .Select(f => f.Id).ToHashSet();
    }

    private async Task<IReadOnlySet<int>?> IdsAsync(IReadOnlySet<Guid>? keys, CancellationToken cancellationToken) =>
        keys is null ? null : (await db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key)).Select(n => n.Id).ToListAsync(cancellationToken)).ToHashSet();
}
