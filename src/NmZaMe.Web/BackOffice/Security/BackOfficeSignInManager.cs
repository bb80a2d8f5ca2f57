using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>Identity's sign-in manager; it records when the session began so the absolute lifetime can be enforced.</summary>
public sealed class BackOfficeSignInManager(
    UserManager<BackOfficeUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<BackOfficeUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<BackOfficeUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<BackOfficeUser> confirmation)
    : SignInManager<BackOfficeUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public const string SessionStartedItem = "nmzame.sessionStarted";

    public override Task SignInWithClaimsAsync(BackOfficeUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        authenticationProperties ??= new AuthenticationProperties();

        // A refresh (password changed, 2FA set up) keeps the original start; only a real sign-in starts the clock.
        authenticationProperties.Items.TryAdd(SessionStartedItem, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }

    public static DateTimeOffset? SessionStarted(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SessionStartedItem, out var value)
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var started)
            ? started
            : null;
}
