namespace NmZaMe.Web.BackOffice.Security;

/// <summary>
/// A user with a pending step (one-time password, required 2FA not set up) is sent to the page that completes it
/// from every back-office page; the permission policies refuse such a user anyway, this makes the way out obvious.
/// </summary>
public sealed class PendingStepRedirect(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var step = context.User.FindFirst(PendingStep.ClaimType)?.Value;
        if (step is not null
            && HttpMethods.IsGet(context.Request.Method)
            && BackOfficePaths.IsBackOffice(context.Request.Path)
            && !context.Request.Path.StartsWithSegments(BackOfficePaths.Assets, StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.Equals(PendingStep.PagePath(step), StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.Equals(BackOfficePaths.SignOut, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(PendingStep.PagePath(step));
            return Task.CompletedTask;
        }

        return next(context);
    }
}
