using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.BackOffice.TreeActions;

namespace NmZaMe.Web.BackOffice.ContentHistory;

/// <summary>
/// One version beside the current draft, and rolling the draft back to it. Viewing needs browse rights; the rollback
/// (a save) needs the edit policy, checked in the handler since the page serves both.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Content)]
public sealed class VersionModel(CmsDbContext db, ISnapshotSource snapshots, CurrentEditor editor,
    IAuthorizationService authorization, Cms.Changes.ContentCommit commit, BackOfficeText T) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    public ContentVersionRecord? Version { get; private set; }

    public IReadOnlyList<VersionComparison.Table> Tables { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The draft's version the editor compared against: a rollback after someone else's save would silently undo it.</summary>
    [BindProperty]
    public int ExpectedVersion { get; set; }

    public int CurrentVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid key, long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, id, cancellationToken) is null)
        {
            return NotFound();
        }

        ExpectedVersion = CurrentVersion;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid key, long id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, BackOfficePolicies.Edit)).Succeeded)
        {
            return Forbid();
        }

        var scope = await LoadAsync(key, id, cancellationToken);
        if (scope is null)
        {
            return NotFound();
        }

        // A rollback restores every culture, so it needs the right to each of them (language permissions).
        if (!scope.CanEditAllCultures)
        {
            Error = T["Različico lahko povrne le, kdor sme urejati vse jezike: povrnitev spremeni vse jezike hkrati."];
            await LoadAsync(key, id, cancellationToken);
            return Page();
        }

        var result = await new RollbackContent(db, snapshots.Current.Schema, commit).ExecuteAsync(key, id, ExpectedVersion, scope.UserName, cancellationToken);
        if (result.Outcome == ContentOutcome.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            Error = result.Errors.Values.FirstOrDefault() is { } error ? T[error] : T["Različice ni bilo mogoče povrniti."];
            await LoadAsync(key, id, cancellationToken);
            // The comparison now shows the newer draft; rolling back from here is a fresh decision.
            ModelState.Remove(nameof(ExpectedVersion));
            ExpectedVersion = CurrentVersion;
            return Page();
        }

        return Redirect($"/umbraco/content/{key}/history?rolledBack={id}");
    }

    private async Task<CurrentEditor?> LoadAsync(Guid key, long id, CancellationToken cancellationToken)
    {
        var schema = snapshots.Current.Schema;
        if (await editor.ItemAsync(schema, key, trashed: false, cancellationToken) is not { } item)
        {
            return null;
        }

        var (scope, node, type) = item;
        Version = await db.ContentVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id && v.NodeId == node.Id, cancellationToken);
        if (Version is null)
        {
            return null;
        }

        Name = NodeNames.Of(node, schema);
        var (old, current) = (ContentData.Deserialize(Version.Data), ContentData.Deserialize(node.DraftData));
        var referenced = VersionComparison.References(schema, type, old, current);
        var names = (await db.Nodes.AsNoTracking().Where(n => referenced.Contains(n.Key)).ToListAsync(cancellationToken))
            .ToDictionary(n => n.Key, n => NodeNames.Of(n, schema));
        Tables = VersionComparison.Compare(schema, type, old, current, T, names);
        CanEdit = (await authorization.AuthorizeAsync(User, BackOfficePolicies.Edit)).Succeeded;
        CurrentVersion = node.Version;
        return scope;
    }
}
