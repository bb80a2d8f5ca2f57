using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;

namespace NmZaMe.Web.Tests.Hosting;

/// <summary>The review's observations on headers, methods, hosts and cookies (F5, F6, F14, F15, F16, F19).</summary>
public sealed class HttpHardeningTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task F14_both_areas_forbid_base_and_object_elements_explicitly()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();

        using var site = await client.GetAsync("/sl/");
        using var backOffice = await client.GetAsync("/umbraco/login");

        foreach (var response in new[] { site, backOffice })
        {
            var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("base-uri 'none'", policy, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task F15_trace_is_refused_and_head_is_answered_like_get()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();

        // TRACE's danger is the echo of the request (its cookies and headers); the 405 carries only a ProblemDetails.
        using var request = new HttpRequestMessage(HttpMethod.Trace, "/umbraco/login");
        request.Headers.Add("X-Echo", "tajna-vrednost");
        using var trace = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, trace.StatusCode);
        Assert.DoesNotContain("tajna-vrednost", await trace.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var url in new[] { "/robots.txt", "/umbraco/delivery/api/v2/content?take=1", "/sl/" })
        {
            using var get = await client.GetAsync(url);
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task F16_configured_allowed_hosts_refuse_other_hosts_and_no_server_header_is_sent()
    {
        using var app = new CmsApplication(settings: new Dictionary<string, string?> { ["AllowedHosts"] = "nmzame.example;localhost" });
        var client = await app.StartAsync();

        using var own = await client.GetAsync("/robots.txt");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.False(own.Headers.Contains("Server"));

        using var foreign = new HttpRequestMessage(HttpMethod.Get, "/sitemap.xml");
        foreign.Headers.Host = "evil.example";
        using var refused = await client.SendAsync(foreign);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task F19_an_error_answer_carries_the_security_headers_too()
    {
        using var app = new CmsApplication(services: s => s.AddSingleton<IPasswordHasher<BackOfficeUser>, BrokenHasher>());
        await app.StartAsync();
        using var session = BackOfficeSession.Create(app);

        using var failed = await session.SignInAsync("nihce@example.si", "napacno-geslo-123");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Contains("frame-ancestors 'none'", Assert.Single(failed.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(failed.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(failed.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task F6_over_https_the_back_office_cookies_carry_the_host_prefix_and_sign_in_works()
    {
        using var app = new CmsApplication(settings: new Dictionary<string, string?> { ["NmZaMe:BackOffice:HttpsOnly"] = "true" });
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var session = BackOfficeSession.Create(app, https: true);

        using var signIn = await session.SignInAsync("pisec@example.si", Password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-NmZaMe.BackOffice=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("; path=/;", cookie + ";", StringComparison.Ordinal);
        Assert.Contains("; secure", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("domain=", cookie, StringComparison.Ordinal);
        Assert.Contains("Potrebuje pregled", await session.GetPageAsync("/umbraco"), StringComparison.Ordinal);
    }

    private sealed class BrokenHasher : IPasswordHasher<BackOfficeUser>
    {
        public string HashPassword(BackOfficeUser user, string password) => new PasswordHasher<BackOfficeUser>().HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(BackOfficeUser user, string hashedPassword, string providedPassword) =>
            throw new InvalidOperationException("The hasher is broken on purpose.");
    }
}
