using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Security;

namespace NmZaMe.Web.BackOffice.Account;

/// <summary>Second step of sign-in: the code from the authenticator app. The password step left a short-lived 2FA cookie.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInThrottle.PerAddressPolicy)]
public sealed class TwoFactorModel(SignInManager<BackOfficeUser> signIn, UserManager<BackOfficeUser> users, SignInThrottle throttle, ILogger<TwoFactorModel> logger) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vpišite kodo iz aplikacije za preverjanje.")]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

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

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code, isPersistent: false, rememberClient: false);
        if (!result.Succeeded)
        {
            logger.LogWarning("Two-factor code refused for account {UserId}{LockedOut}", user.Id, result.IsLockedOut ? "; the account is now locked" : string.Empty);
            Error = result.IsLockedOut ? SignInModel.Failed : "Koda ni pravilna ali je že bila uporabljena. Počakajte na naslednjo kodo v aplikaciji.";
            return Page();
        }

        user.LastLoginDate = DateTime.UtcNow;
        await users.UpdateAsync(user);
        logger.LogInformation("Account {UserId} signed in with two factors", user.Id);
        return LocalRedirect(BackOfficePaths.SafeReturnUrl(ReturnUrl));
    }
}
