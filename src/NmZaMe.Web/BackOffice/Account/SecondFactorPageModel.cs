using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.BackOffice.Security;

namespace NmZaMe.Web.BackOffice.Account;

/// <summary>
/// The second sign-in step after the password (authenticator code or recovery code): only with the short-lived 2FA
/// cookie of the password step, throttled per account as well as per address, and with one answer for a wrong code.
/// </summary>
public abstract class SecondFactorPageModel(SignInManager<BackOfficeUser> signIn, SignInThrottle throttle, BackOfficeText text, ILogger logger) : PageModel
{
    public string? Error { get; private set; }

    protected SignInManager<BackOfficeUser> SignInManager => signIn;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return LocalRedirect(BackOfficePaths.SignIn);
        }

        SpeakLanguageOf(user);
        return Page();
    }

    /// <summary>
    /// The password step has named the user, so this step already speaks their language: an English reader's later
    /// sign-ins are in English from the code on (the sign-in page itself knows nobody yet and stays Slovenian).
    /// </summary>
    private void SpeakLanguageOf(BackOfficeUser user) => HttpContext.Items[BackOfficeText.CultureItem] = user.Culture;

    /// <param name="verify">Signs in with the code the user typed.</param>
    /// <param name="wrongCode">The (Slovenian) message for a code that did not work.</param>
    /// <param name="signedIn">Where to go once signed in.</param>
    protected async Task<IActionResult> VerifyAsync(Func<Task<Microsoft.AspNetCore.Identity.SignInResult>> verify, string wrongCode, Func<BackOfficeUser, Task<IActionResult>> signedIn)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return LocalRedirect(BackOfficePaths.SignIn);
        }

        SpeakLanguageOf(user);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (throttle.TryAccountAttempt(user.Email ?? user.Id.ToString()) is { } wait)
        {
            await TooManyRequestsPage.WriteAsync(HttpContext, wait);
            return new EmptyResult();
        }

        var result = await verify();
        if (!result.Succeeded)
        {
            logger.LogWarning("Second-factor code refused for account {UserId}{LockedOut}", user.Id, result.IsLockedOut ? "; the account is now locked" : string.Empty);
            Error = text[result.IsLockedOut ? SignInModel.Failed : wrongCode];
            return Page();
        }

        return await signedIn(user);
    }
}
