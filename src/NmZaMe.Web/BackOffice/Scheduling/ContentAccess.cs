using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Scheduling;

/// <summary>A document the signed-in user may work on (inside their start nodes, not trashed), read from the database so drafts count.</summary>
public static class ContentAccess
{
    public static async Task<NodeRecord?> FindAsync(CmsDbContext db, Guid key, IReadOnlySet<Guid>? startNodes, CancellationToken cancellationToken)
    {
        var record = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == key && !n.Trashed && n.Kind == ContentKind.Document, cancellationToken);
        if (record is null || startNodes is null)
        {
            return record;
        }

        var startIds = await db.Nodes.Where(n => startNodes.Contains(n.Key)).Select(n => n.Id).ToListAsync(cancellationToken);
        return record.Path.Split(',').Select(int.Parse).Any(startIds.Contains) ? record : null;
    }

    public static async Task<IReadOnlySet<Guid>?> StartNodesAsync(System.Security.Claims.ClaimsPrincipal principal, UserManager<BackOfficeUser> users, RoleManager<UserGroup> groups) =>
        await users.GetUserAsync(principal) is { } user ? await StartNodes.ForAsync(user, users, groups) : new HashSet<Guid>();

    /// <summary>"Slovenian (sl-SI)" as the schema names it, or "all languages" for an invariant entry.</summary>
    public static string LanguageName(ContentSchema schema, string culture, Localization.BackOfficeText T) =>
        culture.Length == 0
            ? T["vsi jeziki"]
            : schema.Languages.FirstOrDefault(l => string.Equals(l.IsoCode, culture, StringComparison.OrdinalIgnoreCase)) is { } language
                ? $"{language.CultureName} ({language.IsoCode})"
                : culture;
}
