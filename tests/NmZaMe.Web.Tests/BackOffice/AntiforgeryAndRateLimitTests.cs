using System.Net;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

public sealed class AntiforgeryAndRateLimitTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var session = BackOfficeSession.Create(app);
        await session.GetPageAsync("/umbraco/login");

        using var signIn = await session.Client.PostAsync("/umbraco/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "pisec@example.si",
            ["Input.Password"] = Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);

        await session.SignInOkAsync("pisec@example.si", Password);
        using var signOut = await session.Client.PostAsync("/umbraco/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        await session.GetPageAsync("/umbraco");
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_a_429_page_in_slovenian()
    {
        using var app = new CmsApplication(settings: new Dictionary<string, string?> { ["NmZaMe:BackOffice:SignInAttemptsPerAddress"] = "3" });
        await app.StartAsync();
        using var session = BackOfficeSession.Create(app);

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await session.SignInAsync($"nekdo{i}@example.si", "napacno-geslo-123");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await session.SignInAsync("nekdo@example.si", "napacno-geslo-123");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Contains("Preveč poskusov prijave", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Showing the form is never throttled.
        await session.GetPageAsync("/umbraco/login");
    }

    [Fact]
    public async Task Too_many_attempts_on_one_account_get_a_429_whatever_the_address()
    {
        using var app = new CmsApplication(settings: new Dictionary<string, string?> { ["NmZaMe:BackOffice:SignInAttemptsPerAccount"] = "2" });
        await app.StartAsync();
        using var session = BackOfficeSession.Create(app);

        for (var i = 0; i < 2; i++)
        {
            using var allowed = await session.SignInAsync("Tarca@example.si", "napacno-geslo-123");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await session.SignInAsync("tarca@EXAMPLE.si", "napacno-geslo-123");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        using var other = await session.SignInAsync("drug@example.si", "napacno-geslo-123");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
