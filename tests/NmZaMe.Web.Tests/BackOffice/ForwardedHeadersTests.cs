using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// Behind a reverse proxy. The test server has no TCP peer, so a start-up filter (before the application's own
/// middleware) plays the connection: its address comes from the test-only <c>X-Test-Peer</c> header.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Proxy = "10.0.0.7";

    [Fact]
    public async Task Behind_a_known_proxy_the_clients_scheme_and_address_count()
    {
        using var app = new CmsApplication(settings: Settings(knownProxy: true));
        using var factory = WithPeer(app);
        using var client = await ClientAsync(factory);

        // HTTPS at the proxy: HSTS and Secure cookies, though the proxy talks plain HTTP to the application.
        using var login = Request(HttpMethod.Get, "/umbraco/login", Proxy, "203.0.113.5", "https");
        using var page = await client.SendAsync(login);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(page.Headers.GetValues("Strict-Transport-Security")));
        Assert.All(page.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));

        // Each client behind the proxy has its own sign-in budget.
        Assert.Equal(HttpStatusCode.TooManyRequests, await ExhaustAsync(client, Proxy, "203.0.113.5"));
        using var other = await client.SendAsync(Post(Proxy, "203.0.113.6"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);

        // A peer that is not the proxy cannot pick its address or scheme.
        using var direct = await client.SendAsync(Request(HttpMethod.Get, "/umbraco/login", "198.51.100.9", "203.0.113.77", "https"));
        Assert.False(direct.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ExhaustAsync(client, "198.51.100.9", "203.0.113.8"));
        using var spoofed = await client.SendAsync(Post("198.51.100.9", "203.0.113.9"));
        Assert.Equal(HttpStatusCode.TooManyRequests, spoofed.StatusCode);
    }

    [Fact]
    public async Task Without_configured_proxies_forwarded_headers_are_ignored()
    {
        using var app = new CmsApplication(settings: Settings(knownProxy: false));
        using var factory = WithPeer(app);
        using var client = await ClientAsync(factory);

        using var page = await client.SendAsync(Request(HttpMethod.Get, "/umbraco/login", Proxy, "203.0.113.5", "https"));
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        Assert.All(page.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ExhaustAsync(client, Proxy, "203.0.113.5"));
        using var other = await client.SendAsync(Post(Proxy, "203.0.113.6"));
        Assert.Equal(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    private static Dictionary<string, string?> Settings(bool knownProxy)
    {
        var settings = new Dictionary<string, string?> { ["NmZaMe:BackOffice:SignInAttemptsPerAddress"] = "3" };
        if (knownProxy)
        {
            settings["NmZaMe:ForwardedHeaders:KnownProxies:0"] = Proxy;
        }

        return settings;
    }

    private static WebApplicationFactory<Program> WithPeer(CmsApplication app) =>
        app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerFilter>()));

    private static async Task<HttpClient> ClientAsync(WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("http://nmzame.example") });
        for (var i = 0; i < 600; i++)
        {
            using var ready = await client.SendAsync(Request(HttpMethod.Get, "/health/ready", "127.0.0.1", "127.0.0.1", "http"));
            if (ready.IsSuccessStatusCode)
            {
                return client;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The application did not become ready.");
    }

    /// <summary>Sign-in POSTs (without a token; the limiter counts them before antiforgery) until the answer is no longer a 400.</summary>
    private static async Task<HttpStatusCode> ExhaustAsync(HttpClient client, string peer, string forwardedFor)
    {
        for (var i = 0; i < 10; i++)
        {
            using var response = await client.SendAsync(Post(peer, forwardedFor));
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                return response.StatusCode;
            }
        }

        return HttpStatusCode.BadRequest;
    }

    private static HttpRequestMessage Post(string peer, string forwardedFor)
    {
        var request = Request(HttpMethod.Post, "/umbraco/login", peer, forwardedFor, "http");
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "urednik@example.si", ["Input.Password"] = "x" });
        return request;
    }

    private static HttpRequestMessage Request(HttpMethod method, string url, string peer, string forwardedFor, string proto)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("X-Test-Peer", peer);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", proto);
        return request;
    }

    private sealed class PeerFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers["X-Test-Peer"].ToString());
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
