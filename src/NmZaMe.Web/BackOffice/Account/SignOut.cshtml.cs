using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Account;

/// <summary>Sign out of this browser, or everywhere: a new security stamp invalidates every other session at its next request.</summary>
[Authorize(Policy = BackOfficePolicies.SignedIn)]
public sealed class SignOutModel(SignInManager<BackOfficeUser> signIn, UserManager<BackOfficeUser> users, ILogger<SignOutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect(BackOfficePaths.SignIn);
    }

    public async Task<IActionResult> OnPostEverywhereAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            logger.LogInformation("Account {UserId} signed out everywhere", user.Id);
        }

        await signIn.SignOutAsync();
        return LocalRedirect(BackOfficePaths.SignIn);
    }
}
