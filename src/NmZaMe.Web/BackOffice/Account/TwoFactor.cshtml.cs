using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.BackOffice.Security;

namespace NmZaMe.Web.BackOffice.Account;

/// <summary>Second step of sign-in: the code from the authenticator app. The password step left a short-lived 2FA cookie.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInThrottle.PerAddressPolicy)]
public sealed class TwoFactorModel(SignInManager<BackOfficeUser> signIn, UserManager<BackOfficeUser> users, SignInThrottle throttle, BackOfficeText T, ILogger<TwoFactorModel> logger)
    : SecondFactorPageModel(signIn, throttle, T, logger)
{
    [BindProperty]
    [Required(ErrorMessage = "Vpišite kodo iz aplikacije za preverjanje.")]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public Task<IActionResult> OnPostAsync() => VerifyAsync(
        () => SignInManager.TwoFactorAuthenticatorSignInAsync(Code, isPersistent: false, rememberClient: false),
        "Koda ni pravilna ali je že bila uporabljena. Počakajte na naslednjo kodo v aplikaciji.",
        async user =>
        {
            user.LastLoginDate = DateTime.UtcNow;
            await users.UpdateAsync(user);
            logger.LogInformation("Account {UserId} signed in with two factors", user.Id);
            return LocalRedirect(BackOfficePaths.SafeReturnUrl(ReturnUrl));
        });
}
