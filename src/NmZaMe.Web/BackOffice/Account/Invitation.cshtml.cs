using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Invitations;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.BackOffice.Users;

namespace NmZaMe.Web.BackOffice.Account;

/// <summary>
/// The link from an invitation mail: the invited person chooses a password (the rules of every password here), the
/// account is made and signed in, and the next page is the authenticator set-up. The page speaks the invitation's
/// language. A used, expired, revoked or unknown link gets a page that says which and what to do.
/// </summary>
[AllowAnonymous]
public sealed class InvitationModel(AcceptInvitation accept, SignInManager<BackOfficeUser> signIn, BackOfficeText T, ILogger<InvitationModel> logger) : PageModel
{
    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public InvitationRecord? Invitation { get; private set; }

    public InvitationError Error { get; private set; }

    public string? ErrorText { get; private set; }

    public string Organisation { get; private set; } = string.Empty;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        (Invitation, Error) = await accept.FindAsync(RouteData.Values["token"] as string, HttpContext.RequestAborted);
        if (Invitation is not null)
        {
            HttpContext.Items[BackOfficeText.CultureItem] = Invitation.Culture;
        }

        if (Error != InvitationError.None)
        {
            ErrorText = InvitationTexts.Error(Error, T);
            Response.StatusCode = Error == InvitationError.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
            context.Result = Page();
            return;
        }

        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (string.IsNullOrEmpty(NewPassword))
        {
            ModelState.AddModelError(nameof(NewPassword), T["Vpišite novo geslo."]);
        }
        else if (NewPassword != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), T["Gesli se ne ujemata."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await accept.ExecuteAsync(token, NewPassword!, HttpContext.RequestAborted);
        if (result.Error == InvitationError.Password)
        {
            foreach (var error in result.PasswordErrors ?? [])
            {
                ModelState.AddModelError(nameof(NewPassword), error.Description);
            }

            return Page();
        }

        if (!result.Succeeded)
        {
            Error = result.Error;
            ErrorText = InvitationTexts.Error(result.Error, T);
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        logger.LogInformation("Invitation {Key} accepted: account {UserId} created", Invitation!.Key, result.User!.Id);
        await signIn.SignInAsync(result.User, isPersistent: false);

        // The account requires 2FA, so the set-up page is the only one open until it is done.
        return LocalRedirect(BackOfficePaths.TwoFactorSetup);
    }
}
