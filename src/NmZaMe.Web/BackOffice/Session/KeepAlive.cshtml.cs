using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NmZaMe.Web.BackOffice.Session;

/// <summary>
/// Called by session.js while the editor types (at most once a minute) and by "Stay signed in": a signed-in POST with
/// the antiforgery header renews the session cookie, and the answer says how long the session now lasts. Signed out,
/// the folder's policy answers with the sign-in redirect, which the script reads as "the session has ended".
/// </summary>
public sealed class KeepAliveModel(SessionClock clock) : PageModel
{
    public IActionResult OnGet() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnPostAsync() =>
        await clock.LeftAsync(HttpContext) is { } left
            ? new JsonResult(new { left = (long)left.TotalMilliseconds })
            : Challenge();
}
