using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Web.BackOffice.Users;

[Authorize(Policy = BackOfficePolicies.Users)]
public sealed class IndexModel(CmsDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string Name, string Email, string Groups, bool Locked, bool TwoFactor, bool MustChangePassword, DateTime? LastLogin);

    public IReadOnlyList<Row> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var groupNames = await db.UserRoles
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.DisplayName })
            .ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Name).ThenBy(u => u.Email).ToListAsync(cancellationToken);
        Users = users.Select(u => new Row(
                u.Id,
                u.Name,
                u.Email ?? string.Empty,
                string.Join(", ", groupNames.Where(g => g.UserId == u.Id).Select(g => g.DisplayName).Order()),
                u.LockoutEnd is { } end && end > now,
                u.TwoFactorEnabled,
                u.MustChangePassword,
                u.LastLoginDate))
            .ToList();
    }
}
