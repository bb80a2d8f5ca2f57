using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Account;

/// <summary>
/// The user's own password change, with the current password (ASVS 6.2.3). Reachable with a pending step, since a
/// one-time password leads here. The new security stamp signs out every other session; this one is renewed.
/// </summary>
[Authorize(Policy = BackOfficePolicies.SignedIn)]
public sealed class ChangePasswordModel(SignInManager<BackOfficeUser> signIn, UserManager<BackOfficeUser> users, ILogger<ChangePasswordModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool MustChange { get; private set; }

    public bool Changed { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        MustChange = user.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        MustChange = user.MustChangePassword;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword", error.Description);
            }

            return Page();
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("Account {UserId} changed its password", user.Id);
        if (MustChange)
        {
            // The next pending step, if any (a required 2FA), is shown by the redirect from the dashboard.
            return LocalRedirect(BackOfficePaths.Root);
        }

        Changed = true;
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vpišite trenutno geslo.")]
        public string CurrentPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Vpišite novo geslo.")]
        [StringLength(1024, MinimumLength = 10, ErrorMessage = "Geslo mora imeti vsaj 10 znakov.")]
        public string NewPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Ponovite novo geslo.")]
        [Compare(nameof(NewPassword), ErrorMessage = "Gesli se ne ujemata.")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
