using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NmZaMe.Web.BackOffice.Security;

namespace NmZaMe.Web.BackOffice.Session;

/// <summary>
/// How long the session of the current request still lasts, for the page's script to warn a minute before it ends.
/// Every signed-in request renews the cookie (the security stamp is checked on each, which renews it), so the idle
/// limit starts again now; the absolute lifetime still ends it at its time.
/// </summary>
public sealed class SessionClock(IOptions<BackOfficeOptions> options, TimeProvider time)
{
    /// <summary>The idle limit, which the keep-alive starts again.</summary>
    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(options.Value.IdleTimeoutMinutes);

    /// <summary>A minute, or half of a shorter idle limit (as in a test host).</summary>
    public TimeSpan WarnBefore => TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, IdleTimeout.Ticks / 2));

    /// <summary>Typing sends a keep-alive at most this often: once a minute, or more often under a shorter idle limit.</summary>
    public TimeSpan KeepAliveEvery => TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, IdleTimeout.Ticks / 4));

    public async Task<TimeSpan?> LeftAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!result.Succeeded || result.Properties is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var left = IdleTimeout;
        if (BackOfficeSignInManager.SessionStarted(result.Properties) is { } started)
        {
            var absolute = started + TimeSpan.FromHours(options.Value.MaxSessionHours) - now;
            left = absolute < left ? absolute : left;
        }

        return left < TimeSpan.Zero ? TimeSpan.Zero : left;
    }
}
