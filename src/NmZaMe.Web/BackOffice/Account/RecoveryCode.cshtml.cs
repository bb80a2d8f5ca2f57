using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Security;

namespace NmZaMe.Web.BackOffice.Account;

/// <summary>Second step of sign-in with a one-time recovery code instead of the authenticator app.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInThrottle.PerAddressPolicy)]
public sealed class RecoveryCodeModel(SignInManager<BackOfficeUser> signIn, SignInThrottle throttle, ILogger<RecoveryCodeModel> logger) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vpišite obnovitveno kodo.")]
    public string Code { get; set; } = string.Empty;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? LocalRedirect(BackOfficePaths.SignIn) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return LocalRedirect(BackOfficePaths.SignIn);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (throttle.TryAccountAttempt(user.Email ?? user.Id.ToString()) is { } wait)
        {
            await TooManyRequestsPage.WriteAsync(HttpContext, wait);
            return new EmptyResult();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Code);
        if (!result.Succeeded)
        {
            logger.LogWarning("Recovery code refused for account {UserId}", user.Id);
            Error = result.IsLockedOut ? SignInModel.Failed : "Obnovitvena koda ni pravilna ali je že bila uporabljena.";
            return Page();
        }

        logger.LogWarning("Account {UserId} signed in with a recovery code", user.Id);
        return LocalRedirect(BackOfficePaths.TwoFactorSetup);
    }
}
