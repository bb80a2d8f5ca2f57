using System.Net;

namespace NmZaMe.Web.Tests.Site;

/// <summary>Odd paths and query strings on the public site get a page or the 404, never a server error.</summary>
public sealed class OddInputTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    public static TheoryData<string> Urls()
    {
        var longText = Uri.EscapeDataString(new string('ž', 10_000));
        return new TheoryData<string>
        {
            "/sl/../", "/sl/%2e%2e/", "/sl/%2E%2E/%2E%2E/etc/passwd", "/sl//", "/sl/%FF%FE/", "/SL/", "/en", "/xx/", "/sl/" + longText + "/",
            "/sl/iskanje/?q=" + longText, "/sl/iskanje/?q=%22%28%29AND%20OR%20NOT%20NEAR%2A%3A%5E", "/sl/iskanje/?q=%F0%9F%99%82%E2%80%AE",
            "/sl/iskanje/?page=-1&q=pomoc", "/sl/iskanje/?page=abc&q=pomoc", "/sl/iskanje/?page=99999999999&q=pomoc", "/sl/iskanje/?cost=x&lifeChallenge=%00",
            "/sl/zivljenjske-situacije/nasilje/?" + string.Join('&', Enumerable.Range(0, 500).Select(i => $"cost={i}")),
            "/sl/zivljenjske-situacije/nasilje/?group=" + longText, "/sl/moj-seznam/?" + string.Join('&', Enumerable.Range(0, 300).Select(_ => $"id={Guid.NewGuid()}")),
            "/sl/moj-seznam/?id=%00&id=' OR 1=1", "/sitemap.xml?x=1", "/robots.txt/..", "/site.css?v=../../etc/passwd",
        };
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Never_a_server_error(string url)
    {
        var response = await seed.Client.GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{url[..Math.Min(url.Length, 120)]} answered {(int)response.StatusCode}");
        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
