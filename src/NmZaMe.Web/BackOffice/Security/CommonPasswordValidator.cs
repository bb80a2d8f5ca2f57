using Microsoft.AspNetCore.Identity;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>Refuses passwords from the shipped common/breached list, and the application's or the user's own words dressed up with digits, years and punctuation.</summary>
public sealed class CommonPasswordValidator(CommonPasswords commonPasswords, Localization.BackOfficeText T) : IPasswordValidator<BackOfficeUser>
{
    public const string Code = "CommonPassword";

    public Task<IdentityResult> ValidateAsync(UserManager<BackOfficeUser> manager, BackOfficeUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var words = new[] { user.Email, user.UserName, user.Email?.Split('@')[0], user.Name };
        var personal = words.Any(p => !string.IsNullOrWhiteSpace(p) && p.Length >= 4 && password.Contains(p, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(personal || commonPasswords.IsGuessable(password, words.Concat(user.Name?.Split(' ') ?? []))
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = T["To geslo je preveč znano ali ga je preveč lahko uganiti. Izberite drugo, npr. nekaj naključnih besed."] })
            : IdentityResult.Success);
    }
}
