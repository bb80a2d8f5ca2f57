using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Users;
using QRCoder;

namespace NmZaMe.Web.BackOffice.Account;

/// <summary>
/// Set up the authenticator app: a QR code (drawn here, nothing is fetched from elsewhere) and the key for typing
/// in, confirmed with one code; then ten recovery codes, shown once. Reachable with a pending 2FA step.
/// </summary>
[Authorize(Policy = BackOfficePolicies.SignedIn)]
public sealed class TwoFactorSetupModel(SignInManager<BackOfficeUser> signIn, UserManager<BackOfficeUser> users, Localization.BackOfficeText T, ILogger<TwoFactorSetupModel> logger) : PageModel
{
    private const string Issuer = "NmZaMe";

    [BindProperty]
    [Required(ErrorMessage = "Vpišite kodo iz aplikacije.")]
    public string Code { get; set; } = string.Empty;

    public bool Enabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public string SharedKey { get; private set; } = string.Empty;

    public string QrCodeDataUri { get; private set; } = string.Empty;

    /// <summary>Shown once, right after they are made; only their hashes are stored.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(user);
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code))
        {
            ModelState.AddModelError(nameof(Code), T["Koda ni pravilna. Preverite, da ima naprava pravilno uro, in vpišite novo kodo."]);
            return await ShowAsync(user);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];

        // Enabling 2FA changed the security stamp: renew this session (other sessions end) and drop the pending step.
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("Account {UserId} enabled two-factor authentication", user.Id);
        return await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        // A fresh code from the app, so a session left open is not enough to take over the second factor.
        if (!ModelState.IsValid || !user.TwoFactorEnabled
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code))
        {
            ModelState.AddModelError(nameof(Code), T["Koda ni pravilna."]);
            return await ShowAsync(user);
        }

        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        logger.LogInformation("Account {UserId} made new recovery codes", user.Id);
        return await ShowAsync(user);
    }

    private async Task<IActionResult> ShowAsync(BackOfficeUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return Page();
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key renews the security stamp; keep this session (and end any other).
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key after reset.");
        }

        SharedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? user.UserName ?? string.Empty)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(5);
        QrCodeDataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
        return Page();
    }
}
