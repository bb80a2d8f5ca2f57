using System.Net;

namespace NmZaMe.Web.Tests;

/// <summary>Odd, malformed and oversized input must give a sensible answer (2xx or 4xx), never a 500.</summary>
public sealed class HostileInputTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    private const string Api = "/umbraco/delivery/api/v2";

    public static TheoryData<string> Urls()
    {
        var longText = new string('ž', 10_000);
        var data = new TheoryData<string>();
        string[] values =
        [
            "", " ", "%00", "%FF%FE", "'; DROP TABLE cmsNode; --", "\"", "[", "]", "properties[", "properties[$all", "properties[a[properties[b]]",
            "🙂🙃", "\u202Eevil", "children:", "children:%20", "descendants:/../../etc/passwd", "ancestors:00000000-0000-0000-0000-000000000000",
            "name:", "contentType:", "contentType:!", "createDate>", "createDate:!", "updateDate<:9999-99-99", "createDate>:2024-02-30",
            "name:asc", "sortOrder:", ":", "::", "-1", "2147483648", "99999999999999999999", "1e9", "0x10", longText, "NaN",
        ];
        foreach (var v in values)
        {
            var e = Uri.EscapeDataString(v);
            data.Add($"{Api}/content?fetch={e}");
            data.Add($"{Api}/content?filter={e}");
            data.Add($"{Api}/content?sort={e}");
            data.Add($"{Api}/content?skip={e}&take={e}");
            data.Add($"{Api}/content?expand={e}&fields={e}");
            data.Add($"{Api}/content/item/{e}");
            data.Add($"{Api}/content/items?id={e}");
            data.Add($"{Api}/media?fetch={e}");
            data.Add($"{Api}/media/item/{e}");
        }

        data.Add($"{Api}/content/item/{longText}/{longText}");
        data.Add($"{Api}/content?{string.Join('&', Enumerable.Range(0, 500).Select(i => $"filter=name:{i}"))}");
        return data;
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Never_a_server_error(string url)
    {
        var response = await seed.Client.GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{url[..Math.Min(url.Length, 120)]} answered {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("Accept-Language", "xx-INVALID")]
    [InlineData("Accept-Language", "*")]
    [InlineData("Accept-Language", "sl;q=0.9, en;q=0.8")]
    [InlineData("Start-Item", "../../")]
    [InlineData("Start-Item", "00000000-0000-0000-0000-000000000000")]
    [InlineData("Preview", "yes")]
    [InlineData("Api-Key", "🙂")]
    public async Task Odd_headers_never_give_a_server_error(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/content?take=3");
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await seed.Client.SendAsync(request);

        Assert.True((int)response.StatusCode < 500);
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Theory]
    [InlineData("skip=-1")]
    [InlineData("take=-5")]
    [InlineData("take=abc")]
    [InlineData("skip=99999999999999")]
    public async Task Bad_paging_is_a_400_problem(string query)
    {
        var response = await seed.Client.GetAsync($"{Api}/content?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
