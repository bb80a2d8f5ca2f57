using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

public sealed class SignInTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task A_writer_signs_in_and_sees_the_dashboard()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var session = BackOfficeSession.Create(app);

        await session.SignInOkAsync("pisec@example.si", Password);
        var dashboard = await session.GetPageAsync("/umbraco");

        Assert.Contains("Potrebuje pregled", dashboard, StringComparison.Ordinal);
        Assert.Contains("id=\"recently-changed\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_account_get_the_same_answer()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var session = BackOfficeSession.Create(app);

        using var wrong = await session.SignInAsync("pisec@example.si", "napacno-geslo-123");
        using var unknown = await session.SignInAsync("nihce@example.si", "napacno-geslo-123");

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        var wrongBody = await wrong.Content.ReadAsStringAsync();
        var unknownBody = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("Prijava ni uspela", wrongBody, StringComparison.Ordinal);
        Assert.Equal(ErrorOf(wrongBody), ErrorOf(unknownBody));
        Assert.DoesNotContain(wrong.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("NmZaMe.BackOffice=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_account_still_costs_a_password_hash_verification()
    {
        // Only the derived host starts: SQLite serves one node, and the counting hasher must be the one that runs.
        using var app = new CmsApplication();
        var counting = new CountingHasher();
        using var counted = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IPasswordHasher<BackOfficeUser>>(counting)));
        using var session = new BackOfficeSession(counted.CreateClient(new() { AllowAutoRedirect = false }));

        var before = counting.Verifications;
        using var response = await session.SignInAsync("nihce@example.si", "napacno-geslo-123");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, counting.Verifications);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var id = await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var session = BackOfficeSession.Create(app);

        for (var i = 0; i < 5; i++)
        {
            using var failed = await session.SignInAsync("pisec@example.si", $"napacno-geslo-{i}");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var right = await session.SignInAsync("pisec@example.si", Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Prijava ni uspela", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByIdAsync(id.ToString()))!));
    }

    [Fact]
    public async Task The_session_cookie_is_httponly_strict_scoped_to_umbraco_secure_over_https_and_new_at_each_sign_in()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);

        using var https = BackOfficeSession.Create(app, https: true);
        using var first = await https.SignInAsync("pisec@example.si", Password);
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("NmZaMe.BackOffice=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("; path=/umbraco", cookie, StringComparison.Ordinal);
        Assert.Contains("; httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("; samesite=strict", cookie, StringComparison.Ordinal);
        Assert.Contains("; secure", cookie, StringComparison.Ordinal);

        using var again = BackOfficeSession.Create(app, https: true);
        using var second = await again.SignInAsync("pisec@example.si", Password);
        var secondCookie = second.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("NmZaMe.BackOffice=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.NotEqual(cookie.Split(';')[0], secondCookie.Split(';')[0]);

        using var http = BackOfficeSession.Create(app);
        using var plain = await http.SignInAsync("pisec@example.si", Password);
        Assert.DoesNotContain("; secure", plain.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("NmZaMe.BackOffice=", StringComparison.Ordinal)).ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_other_sessions_too()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var laptop = BackOfficeSession.Create(app);
        using var phone = BackOfficeSession.Create(app);
        await laptop.SignInOkAsync("pisec@example.si", Password);
        await phone.SignInOkAsync("pisec@example.si", Password);

        using var signOut = await laptop.SubmitAsync("/umbraco/logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using var after = await phone.Client.GetAsync("/umbraco");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/umbraco/login", after.Headers.Location?.PathAndQuery ?? after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static string ErrorOf(string html)
    {
        var start = html.IndexOf("<p class=\"error\"", StringComparison.Ordinal);
        return start < 0 ? string.Empty : html[start..html.IndexOf("</p>", start, StringComparison.Ordinal)];
    }

    private sealed class CountingHasher : IPasswordHasher<BackOfficeUser>
    {
        private readonly PasswordHasher<BackOfficeUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(BackOfficeUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(BackOfficeUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
