using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Account;

/// <summary>The signed-in user's own back-office language. The sign-in is refreshed so the language claim changes at once.</summary>
[Authorize(Policy = BackOfficePolicies.SignedIn)]
public sealed class LanguageModel(UserManager<BackOfficeUser> users, SignInManager<BackOfficeUser> signIn, BackOfficeText T, ILogger<LanguageModel> logger) : PageModel
{
    [BindProperty]
    public string Culture { get; set; } = string.Empty;

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Culture = user.Culture;
        Saved = Request.Query.ContainsKey("saved");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!BackOfficeText.Cultures.Any(c => c.Culture == Culture))
        {
            ModelState.AddModelError(nameof(Culture), T["Izberite jezik s seznama."]);
            return Page();
        }

        user.Culture = Culture;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("Account {UserId} chose the back-office language {Culture}", user.Id, Culture);

        // A new request, so the page is already in the new language.
        return RedirectToPage(new { saved = true });
    }
}
