using Microsoft.AspNetCore.Identity;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>Refuses passwords from the shipped common/breached list and passwords that are the user's own e-mail or name.</summary>
public sealed class CommonPasswordValidator(CommonPasswords commonPasswords, Localization.BackOfficeText T) : IPasswordValidator<BackOfficeUser>
{
    public const string Code = "CommonPassword";

    public Task<IdentityResult> ValidateAsync(UserManager<BackOfficeUser> manager, BackOfficeUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var personal = new[] { user.Email, user.UserName, user.Email?.Split('@')[0], user.Name }
            .Any(p => !string.IsNullOrWhiteSpace(p) && p.Length >= 4 && password.Contains(p, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(commonPasswords.Contains(password) || personal
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = T["To geslo je preveč znano ali ga je preveč lahko uganiti. Izberite drugo, npr. nekaj naključnih besed."] })
            : IdentityResult.Success);
    }
}
