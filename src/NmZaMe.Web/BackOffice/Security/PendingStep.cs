namespace NmZaMe.Web.BackOffice.Security;

/// <summary>
/// A step the signed-in user must complete before using the back office: a one-time password must be replaced, or
/// one of the user's groups requires two-factor authentication that is not set up yet. Carried as a claim, so it is
/// re-evaluated whenever the principal is refreshed.
/// </summary>
public static class PendingStep
{
    public const string ClaimType = "nmzame:pending";

    public const string ChangePassword = "change-password";

    public const string SetUpTwoFactor = "setup-2fa";

    public static string PagePath(string step) => step switch
    {
        ChangePassword => BackOfficePaths.ChangePassword,
        _ => BackOfficePaths.TwoFactorSetup,
    };
}
