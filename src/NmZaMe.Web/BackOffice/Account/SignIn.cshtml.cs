using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.BackOffice.Security;

namespace NmZaMe.Web.BackOffice.Account;

[AllowAnonymous]
[EnableRateLimiting(SignInThrottle.PerAddressPolicy)]
public sealed class SignInModel(
    SignInManager<BackOfficeUser> signIn,
    UserManager<BackOfficeUser> users,
    EqualTimePasswordCheck equalTime,
    SignInThrottle throttle,
    BackOfficeText T,
    ILogger<SignInModel> logger) : PageModel
{
    /// <summary>One message for unknown account, wrong password and locked account, so none of them is revealed.</summary>
    public const string Failed = "Prijava ni uspela: e-poštni naslov ali geslo ni pravilno. Po petih neuspešnih poskusih se račun začasno zaklene.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>Why the editor is here after a form was posted with an expired session (kept, or could not be kept).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Notice { get; set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(BackOfficePaths.SafeReturnUrl(ReturnUrl)) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (throttle.TryAccountAttempt(Input.Email) is { } wait)
        {
            logger.LogWarning("Sign-in refused: too many attempts for one account name");
            await TooManyRequestsPage.WriteAsync(HttpContext, wait);
            return new EmptyResult();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null || await users.IsLockedOutAsync(user))
        {
            await equalTime.SpendAsync(Input.Password, HttpContext.RequestAborted);
            logger.LogWarning("Sign-in failed: {Reason}", user is null ? "unknown account" : $"account {user.Id} is locked");
            Error = T[Failed];
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return LocalRedirect($"{BackOfficePaths.TwoFactor}?returnUrl={Uri.EscapeDataString(BackOfficePaths.SafeReturnUrl(ReturnUrl))}");
        }

        if (!result.Succeeded)
        {
            logger.LogWarning("Sign-in failed for account {UserId}{LockedOut}", user.Id, result.IsLockedOut ? "; the account is now locked" : string.Empty);
            Error = T[Failed];
            return Page();
        }

        user.LastLoginDate = DateTime.UtcNow;
        await users.UpdateAsync(user);
        logger.LogInformation("Account {UserId} signed in", user.Id);
        return LocalRedirect(BackOfficePaths.SafeReturnUrl(ReturnUrl));
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vpišite e-poštni naslov.")]
        [Display(Name = "E-poštni naslov")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Vpišite geslo.")]
        [Display(Name = "Geslo")]
        public string Password { get; set; } = string.Empty;
    }
}
