using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// Walks every endpoint under /umbraco (from the routing table, so new pages are included without editing this
/// test) and checks it refuses those who may not use it. The Delivery API is public and not walked.
/// </summary>
public sealed class EndpointAuthorizationTests
{
    private const string Password = "modra-reka-krka-tece";

    private static readonly string[] Public = ["/umbraco/login", "/umbraco/login/2fa", "/umbraco/login/recovery-code", "/umbraco/access-denied", "/umbraco/invitation/{token}",
        // The page a failed back-office GET is re-executed to (review B11); it names only the status code.
        "/umbraco/status/{code:int}"];

    private static readonly string[] OwnAccount = ["/umbraco/account/password", "/umbraco/account/2fa", "/umbraco/account/language", "/umbraco/logout", "/umbraco/session/keep-alive"];

    [Fact]
    public async Task Every_back_office_endpoint_refuses_anonymous_and_unprivileged_users()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var someone = await BackOfficeSession.CreateUserAsync(app, "nihce@example.si", Password);
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        var endpoints = BackOfficeEndpoints(app, someone);
        Assert.Contains(endpoints, e => e.Url == "/umbraco/users");
        Assert.Contains(endpoints, e => e.Url == "/umbraco");
        Assert.Contains(endpoints, e => e.Url == "/umbraco/requests");
        Assert.Contains(endpoints, e => e.Url == "/umbraco/corrections");
        Assert.True(endpoints.Count >= 12, $"Only {endpoints.Count} back-office endpoints found.");

        using var anonymous = BackOfficeSession.Create(app);
        using var noGroup = BackOfficeSession.Create(app);
        await noGroup.SignInOkAsync("nihce@example.si", Password);
        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", Password);

        var failures = new List<string>();
        foreach (var (pattern, url, methods) in endpoints)
        {
            foreach (var method in methods)
            {
                if (!Public.Contains(pattern))
                {
                    await ExpectAsync(anonymous, method, url, "/umbraco/login", failures);
                }

                if (!Public.Contains(pattern) && !OwnAccount.Contains(pattern))
                {
                    await ExpectAsync(noGroup, method, url, "/umbraco/access-denied", failures);
                }

                // People's contacts in the call-back inbox: deny by default, a writer has no business there either.
                if (pattern.StartsWith("/umbraco/users", StringComparison.Ordinal) || pattern.StartsWith("/umbraco/settings", StringComparison.Ordinal)
                    || pattern.StartsWith("/umbraco/requests", StringComparison.Ordinal) || pattern.StartsWith("/umbraco/corrections", StringComparison.Ordinal))
                {
                    await ExpectAsync(writer, method, url, "/umbraco/access-denied", failures);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));

        // And the refused sessions are still what they were: signed in, allowed their own pages.
        await noGroup.GetPageAsync("/umbraco/account/password");
        await writer.GetPageAsync("/umbraco");
    }

    [Fact]
    public async Task The_delivery_api_under_umbraco_stays_public()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();

        using var response = await client.GetAsync("/umbraco/delivery/api/v2/content?take=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The site-wide security headers apply to every response; the back office's own "no-store" must not.
        Assert.False(response.Headers.CacheControl?.NoStore ?? false, "Back-office headers leaked onto the Delivery API.");
    }

    private static async Task ExpectAsync(BackOfficeSession session, string method, string url, string refusedTo, List<string> failures)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == HttpMethods.Post)
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>());
        }

        using var response = await session.Client.SendAsync(request);
        var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            // 303: a form posted without a session goes to sign-in with the form kept (or the loss explained).
            || (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther
                && response.Headers.Location is { } location
                && (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString).StartsWith(refusedTo + "?", StringComparison.Ordinal));
        if (!refused)
        {
            failures.Add($"{method} {url}: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    private static List<(string Pattern, string Url, string[] Methods)> BackOfficeEndpoints(CmsApplication app, Guid sampleId)
    {
        var dataSource = app.Services.GetRequiredService<EndpointDataSource>();
        return dataSource.Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Pattern: "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/')))
            // The public Delivery API and its OpenAPI document live under /umbraco but are not the back office.
            .Where(e => NmZaMe.Web.BackOffice.BackOfficePaths.IsBackOffice(new PathString(e.Pattern.Split('{')[0].TrimEnd('/') is { Length: > 0 } p ? p : "/")))
            .Select(e => (e.Pattern, Url(e.Endpoint.RoutePattern, sampleId), e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToArray() ?? ["GET", "POST"]))
            .DistinctBy(e => e.Item2)
            .ToList();
    }

    private static string Url(RoutePattern pattern, Guid sampleId) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart { IsOptional: true } => string.Empty,
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "guid") => sampleId.ToString(),
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") => "1",
            RoutePatternParameterPart => "x",
            _ => string.Empty,
        })))).TrimEnd('/');
}
