using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

public sealed class TwoFactorTests
{
    private const string AdminEmail = "admin@example.si";
    private const string AdminPassword = "zelena-gorjanci-jesen-2";

    private static CmsApplication Unattended(TimeProvider? clock = null) => new(settings: new Dictionary<string, string?>
    {
        ["NmZaMe:Unattended:AdminEmail"] = AdminEmail,
        ["NmZaMe:Unattended:AdminPassword"] = AdminPassword,
    }, services: clock is null ? null : s => s.AddSingleton(clock));

    /// <summary>
    /// Typing the set-up code sends a keep-alive with the cookie of before; when it is answered after the set-up signed in
    /// again (a race a browser test met), its answer must not delete the new cookie.
    /// </summary>
    [Fact]
    public async Task A_keep_alive_with_the_cookie_from_before_2fa_was_set_up_does_not_end_the_new_session()
    {
        using var app = Unattended();
        await app.StartAsync();
        using var session = BackOfficeSession.Create(app);
        string before;
        using (var signIn = await session.SignInAsync(AdminEmail, AdminPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            before = signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(global::NmZaMe.Web.BackOffice.BackOfficeServices.CookieName + "=", StringComparison.Ordinal));
        }

        await session.EnableTwoFactorAsync();

        using var stale = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/umbraco/session/keep-alive");
        request.Headers.Add("Cookie", before);
        using var response = await stale.SendAsync(request);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set.ToList() : [];
        Assert.DoesNotContain(cookies, c => c.StartsWith(global::NmZaMe.Web.BackOffice.BackOfficeServices.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("Uporabniki", await session.GetPageAsync("/umbraco/users"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrators_must_set_up_2fa_and_then_sign_in_with_a_totp_code_used_only_once()
    {
        var clock = new ShiftedClock();
        using var app = Unattended(clock);
        await app.StartAsync();
        using var session = BackOfficeSession.Create(app);

        // The group requires 2FA: after the password, every page leads to the set-up, and permissions are withheld.
        await session.SignInOkAsync(AdminEmail, AdminPassword);
        using (var dashboard = await session.Client.GetAsync("/umbraco/users"))
        {
            Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
            Assert.Equal("/umbraco/account/2fa", dashboard.Headers.Location?.OriginalString);
        }

        var (key, recoveryCodes) = await session.EnableTwoFactorAsync();
        Assert.Contains("Uporabniki", await session.GetPageAsync("/umbraco/users"), StringComparison.Ordinal);

        using var fresh = BackOfficeSession.Create(app);
        using (var password = await fresh.SignInAsync(AdminEmail, AdminPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
            Assert.StartsWith("/umbraco/login/2fa", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        using (var notYet = await fresh.Client.GetAsync("/umbraco"))
        {
            Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);
            Assert.StartsWith("/umbraco/login", notYet.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }

        using (var wrong = await fresh.SubmitAsync("/umbraco/login/2fa", new Dictionary<string, string> { ["Code"] = "000000" }))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Koda ni pravilna", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // F9: no code from the future is taken, not even the next step's.
        using (var early = await fresh.SubmitAsync("/umbraco/login/2fa", new Dictionary<string, string> { ["Code"] = BackOfficeSession.Totp(key, clock.GetUtcNow().UtcDateTime.AddSeconds(30)) }))
        {
            Assert.Equal(HttpStatusCode.OK, early.StatusCode);
            Assert.Contains("Koda ni pravilna", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The set-up used the current time step; half a minute later the next one works.
        clock.Shift(TimeSpan.FromSeconds(30));
        var code = BackOfficeSession.Totp(key, clock.GetUtcNow().UtcDateTime);
        using (var right = await fresh.SubmitAsync("/umbraco/login/2fa", new Dictionary<string, string> { ["Code"] = code }))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
            Assert.Equal("/umbraco", right.Headers.Location?.OriginalString);
        }

        Assert.Contains("Potrebuje pregled", await fresh.GetPageAsync("/umbraco"), StringComparison.Ordinal);

        // The same code again, in another browser: refused.
        using var replay = BackOfficeSession.Create(app);
        using (var password = await replay.SignInAsync(AdminEmail, AdminPassword))
        {
            Assert.StartsWith("/umbraco/login/2fa", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        using (var reused = await replay.SubmitAsync("/umbraco/login/2fa", new Dictionary<string, string> { ["Code"] = code }))
        {
            Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        }

        // A recovery code works once.
        using (var recovered = await replay.SubmitAsync("/umbraco/login/recovery-code", new Dictionary<string, string> { ["Code"] = recoveryCodes[0].ToLowerInvariant() }))
        {
            Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        }

        using var again = BackOfficeSession.Create(app);
        using (var password = await again.SignInAsync(AdminEmail, AdminPassword))
        {
            Assert.StartsWith("/umbraco/login/2fa", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        using (var spent = await again.SubmitAsync("/umbraco/login/recovery-code", new Dictionary<string, string> { ["Code"] = recoveryCodes[0] }))
        {
            Assert.Equal(HttpStatusCode.OK, spent.StatusCode);
        }
    }

    [Fact]
    public async Task Administrators_can_require_2fa_for_another_group()
    {
        using var app = Unattended();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "urednik@example.si", AdminPassword, UserGroups.Editors);
        using var editor = BackOfficeSession.Create(app);
        await editor.SignInOkAsync("urednik@example.si", AdminPassword);
        await editor.GetPageAsync("/umbraco");

        using var admin = BackOfficeSession.Create(app);
        await admin.SignInOkAsync(AdminEmail, AdminPassword);
        await admin.EnableTwoFactorAsync();
        using var saved = await admin.SubmitAsync("/umbraco/users/groups", new Dictionary<string, string>
        {
            ["RequireTwoFactor"] = UserGroups.Editors,
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        using var next = await editor.Client.GetAsync("/umbraco");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal("/umbraco/account/2fa", next.Headers.Location?.OriginalString);
    }

    /// <summary>The real clock moved on by whole TOTP steps, so a test needs not wait half a minute for the next code.</summary>
    private sealed class ShiftedClock : TimeProvider
    {
        private long _ticks;

        public void Shift(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _ticks));
    }
}
