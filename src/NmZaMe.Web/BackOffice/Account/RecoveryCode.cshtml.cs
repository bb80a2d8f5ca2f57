using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.BackOffice.Security;

namespace NmZaMe.Web.BackOffice.Account;

/// <summary>Second step of sign-in with a one-time recovery code instead of the authenticator app.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInThrottle.PerAddressPolicy)]
public sealed class RecoveryCodeModel(SignInManager<BackOfficeUser> signIn, SignInThrottle throttle, BackOfficeText T, ILogger<RecoveryCodeModel> logger)
    : SecondFactorPageModel(signIn, throttle, T, logger)
{
    [BindProperty]
    [Required(ErrorMessage = "Vpišite obnovitveno kodo.")]
    public string Code { get; set; } = string.Empty;

    public Task<IActionResult> OnPostAsync() => VerifyAsync(
        () => SignInManager.TwoFactorRecoveryCodeSignInAsync(Code),
        "Obnovitvena koda ni pravilna ali je že bila uporabljena.",
        user =>
        {
            logger.LogWarning("Account {UserId} signed in with a recovery code", user.Id);
            return Task.FromResult<IActionResult>(LocalRedirect(BackOfficePaths.TwoFactorSetup));
        });
}
