namespace NmZaMe.Web.BackOffice;

public static class BackOfficePaths
{
    public const string Root = "/umbraco";
    public const string SignIn = "/umbraco/login";
    public const string TwoFactor = "/umbraco/login/2fa";
    public const string RecoveryCode = "/umbraco/login/recovery-code";
    public const string AccessDenied = "/umbraco/access-denied";

    /// <summary>The page a failed back-office GET is re-executed to, with the status code in place of <c>{0}</c>.</summary>
    public const string Status = "/umbraco/status/{0}";
    public const string SignOut = "/umbraco/logout";
    public const string ChangePassword = "/umbraco/account/password";
    public const string TwoFactorSetup = "/umbraco/account/2fa";
    public const string Users = "/umbraco/users";
    public const string Content = "/umbraco/content";
    public const string Invitations = "/umbraco/users/invitations";
    public const string Assets = "/umbraco/assets";
    public const string KeepAlive = "/umbraco/session/keep-alive";

    /// <summary>The public Content Delivery API lives under /umbraco but is not part of the back office.</summary>
    public const string DeliveryApi = "/umbraco/delivery/api";

    /// <summary>The Delivery API's OpenAPI document, public like the API it describes (Umbraco's address for it).</summary>
    public const string DeliveryApiDocument = "/umbraco/swagger/delivery";

    /// <summary>Umbraco 17's address of the same document.</summary>
    public const string DeliveryApiOpenApi = "/umbraco/openapi/delivery.json";

    public static bool IsBackOffice(PathString path) =>
        path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments(DeliveryApi, StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments(DeliveryApiDocument, StringComparison.OrdinalIgnoreCase)
        && !path.Equals(DeliveryApiOpenApi, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Only local back-office addresses are followed after sign-in, never another host (open redirect). The result is
    /// percent-encoded, so Slovenian letters reach the <c>Location</c> header as ASCII; an address with a control or
    /// bidirectional-formatting character is refused (the dashboard instead), since no back-office link contains one.
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl)
    {
        if (returnUrl is not { Length: > 0 } url
            || !url.StartsWith(Root, StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("//", StringComparison.Ordinal)
            || url.Contains('\\', StringComparison.Ordinal)
            || url.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
        {
            return Root;
        }

        var parts = url.Split('?', 2);
        var path = new PathString(parts[0]);
        if (!IsBackOffice(path))
        {
            return Root;
        }

        var query = parts.Length == 2
            ? QueryString.Create(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(parts[1]))
            : QueryString.Empty;
        return path.ToUriComponent() + query.ToUriComponent();
    }
}
