using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace NmZaMe.Web.BackOffice.Session;

/// <summary>
/// A back-office form posted without a valid session (idle timeout, absolute lifetime) would be answered with the
/// sign-in page and the typed text lost (review B5). Instead the fields are kept for the account whose expired
/// session cookie came with the post, and the editor is sent to sign in; after signing in as that account the form is
/// shown again with the values filled in, never saved automatically. Without a readable session cookie nobody can be
/// sure whose the text is, so it is not kept, and the sign-in page says so rather than losing it silently.
/// </summary>
public sealed class KeepFormOnExpiredSession(RequestDelegate next, KeptForms kept, IOptionsMonitor<CookieAuthenticationOptions> cookies,
    ILogger<KeepFormOnExpiredSession> logger)
{
    public const string KeptNotice = "kept";

    public const string LostNotice = "lost";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || context.User.Identity?.IsAuthenticated == true
            || !BackOfficePaths.IsBackOffice(context.Request.Path)
            || !context.Request.HasFormContentType
            || context.GetEndpoint() is not { } endpoint
            || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || !SameOrigin(context.Request))
        {
            await next(context);
            return;
        }

        var url = KeptForms.UrlOf(context.Request);
        var notice = LostNotice;
        if (Owner(context) is { } owner)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var fields = form.Where(f => f.Key is not ("__RequestVerificationToken" or "op"))
                .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? string.Empty)))
                .ToList();
            if (await kept.KeepAsync(owner, url, new KeptForms.Kept(fields, form.Files.Count), context.RequestAborted))
            {
                notice = KeptNotice;
                logger.LogInformation("A form posted to {Path} after the session of account {UserId} expired is kept for that account", context.Request.Path, owner);
            }
        }

        if (notice == LostNotice)
        {
            logger.LogWarning("A form posted to {Path} without a session could not be kept", context.Request.Path);
        }

        // 303: the browser follows with a GET, so the stale post is never repeated.
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = $"{BackOfficePaths.SignIn}?returnUrl={Uri.EscapeDataString(url)}&notice={notice}";
    }

    /// <summary>The account of the session cookie that came with the request, though it has expired.</summary>
    private Guid? Owner(HttpContext context)
    {
        var options = cookies.Get(IdentityConstants.ApplicationScheme);
        var raw = options.CookieManager.GetRequestCookie(context, options.Cookie.Name!);
        var ticket = string.IsNullOrEmpty(raw) ? null : options.TicketDataFormat.Unprotect(raw);
        return Guid.TryParse(ticket?.Principal.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;
    }

    /// <summary>A post from another site (the antiforgery token cannot be checked without a session) is not kept, so
    /// nobody can plant text in an editor's form.</summary>
    private static bool SameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
        }

        return request.Headers["Sec-Fetch-Site"].ToString() is "" or "same-origin";
    }
}
