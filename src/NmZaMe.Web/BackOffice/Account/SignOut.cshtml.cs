using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Account;

/// <summary>
/// Signing out ends the session on the server, not only in this browser (ASVS 7.4.1): the session cookie is a
/// self-contained ticket, so deleting it here would leave a copied cookie valid. A new security stamp makes every
/// ticket issued before it fail the check each request makes, on every node, because the stamp lives in the
/// database. That also ends the user's sessions on other devices, which the README records as deliberate: per-session
/// tickets would need a server-side ticket store for an editor's rare second device.
/// </summary>
[Authorize(Policy = BackOfficePolicies.SignedIn)]
public sealed class SignOutModel(SignInManager<BackOfficeUser> signIn, UserManager<BackOfficeUser> users, ILogger<SignOutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            logger.LogInformation("Account {UserId} signed out", user.Id);
        }

        await signIn.SignOutAsync();
        return LocalRedirect(BackOfficePaths.SignIn);
    }
}
