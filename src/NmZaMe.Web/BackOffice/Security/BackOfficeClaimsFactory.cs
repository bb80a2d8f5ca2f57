using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>Identity's principal (groups and their permission claims) plus the display name and any pending step.</summary>
public sealed class BackOfficeClaimsFactory(UserManager<BackOfficeUser> userManager, RoleManager<UserGroup> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<BackOfficeUser, UserGroup>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "nmzame:name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(BackOfficeUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, string.IsNullOrWhiteSpace(user.Name) ? user.Email ?? string.Empty : user.Name));
        identity.AddClaim(new Claim(Localization.BackOfficeText.CultureClaim, user.Culture));

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PendingStep.ClaimType, PendingStep.ChangePassword));
        }
        else if (!user.TwoFactorEnabled && (user.RequireTwoFactor || await RequiresTwoFactorAsync(user)))
        {
            identity.AddClaim(new Claim(PendingStep.ClaimType, PendingStep.SetUpTwoFactor));
        }

        return identity;
    }

    private async Task<bool> RequiresTwoFactorAsync(BackOfficeUser user)
    {
        var groups = await UserManager.GetRolesAsync(user);
        return await RoleManager.Roles.AnyAsync(g => g.Name != null && groups.Contains(g.Name) && g.RequireTwoFactor);
    }
}
