using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Users;

/// <summary>User groups with their permissions; administrators decide which groups must use two-factor sign-in.</summary>
[Authorize(Policy = BackOfficePolicies.Users)]
public sealed class GroupsModel(CmsDbContext db, ILogger<GroupsModel> logger) : PageModel
{
    public sealed record Row(UserGroup Group, IReadOnlyList<string> Permissions, int Members);

    public IReadOnlyList<Row> Groups { get; private set; } = [];

    [BindProperty]
    public List<string> RequireTwoFactor { get; set; } = [];

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        foreach (var group in await db.Roles.ToListAsync(cancellationToken))
        {
            group.RequireTwoFactor = RequireTwoFactor.Contains(group.Name ?? string.Empty, StringComparer.Ordinal);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Two-factor requirement of user groups set to {Groups}", string.Join(",", RequireTwoFactor));
        Saved = true;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var claims = await db.RoleClaims.Where(c => c.ClaimType == Permissions.ClaimType).ToListAsync(cancellationToken);
        var members = await db.UserRoles.GroupBy(ur => ur.RoleId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        Groups = (await db.Roles.AsNoTracking().OrderBy(g => g.DisplayName).ToListAsync(cancellationToken))
            .Select(g => new Row(
                g,
                claims.Where(c => c.RoleId == g.Id).Select(c => c.ClaimValue ?? string.Empty).Order().ToList(),
                members.FirstOrDefault(m => m.Key == g.Id)?.Count ?? 0))
            .ToList();
    }
}
