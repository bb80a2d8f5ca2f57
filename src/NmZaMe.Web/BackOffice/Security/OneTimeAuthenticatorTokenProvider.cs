using System.Globalization;
using Microsoft.AspNetCore.Identity;
using NmZaMe.Cms.Users;
using OtpNet;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>
/// TOTP (RFC 6238, 30-second steps) from the authenticator key Identity stores. Unlike Identity's built-in provider,
/// a code is accepted only once: the last used time step is remembered, so a code seen over a shoulder or in a
/// proxy log cannot be replayed within its window (ASVS 6.5.1). The code of the step just ended is still taken (it
/// was on the screen while the user typed), so a code lives at most 60 s and no code from the future works (ASVS
/// 6.5.5 asks 30 s; the README records why one step back stays).
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<BackOfficeUser>
{
    private const string LoginProvider = "[NmZaMe]";
    private const string LastStepToken = "AuthenticatorLastStep";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<BackOfficeUser> manager, BackOfficeUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public Task<string> GenerateAsync(string purpose, UserManager<BackOfficeUser> manager, BackOfficeUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<BackOfficeUser> manager, BackOfficeUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = token.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(key) || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var step, new VerificationWindow(previous: 1, future: 0)))
        {
            return false;
        }

        var last = await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastStepToken);
        if (last is not null && long.TryParse(last, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep)
        {
            return false;
        }

        await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
        return true;
    }
}
