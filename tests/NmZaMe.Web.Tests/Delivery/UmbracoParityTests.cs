using System.Net;
using System.Text.Json;

namespace NmZaMe.Web.Tests.Delivery;

/// <summary>The review differences (shared/reviews/delivery-api-vs-umbraco-2026-12.md) resolved as Umbraco 17 does, through HTTP.</summary>
public sealed class UmbracoParityTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    private const string Api = "/umbraco/delivery/api/v2";

    [Fact]
    public async Task Culture_keys_are_the_iso_codes_as_configured()
    {
        var page = await seed.GetJsonAsync($"{Api}/content?filter=contentType:lifeChallenge&take=1");

        var cultures = page.GetProperty("items")[0].GetProperty("cultures").EnumerateObject().Select(c => c.Name).ToArray();
        Assert.Equal(["en-US", "sl-SI"], cultures.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task A_bare_all_expands_every_picker()
    {
        var service = seed.App.Snapshot.All.First(c => c.ContentType.Alias == "service" && c.Value("lifeChallenges", string.Empty) is not null).Key;

        var shallow = await seed.GetJsonAsync($"{Api}/content/item/{service}");
        var expanded = await seed.GetJsonAsync($"{Api}/content/item/{service}?expand=$all");

        Assert.Empty(shallow.GetProperty("properties").GetProperty("lifeChallenges")[0].GetProperty("properties").EnumerateObject());
        Assert.NotEmpty(expanded.GetProperty("properties").GetProperty("lifeChallenges")[0].GetProperty("properties").EnumerateObject());
    }

    [Theory]
    [InlineData("children:")]
    [InlineData("children: ")]
    [InlineData("descendants:")]
    public async Task A_selector_without_a_value_selects_nothing(string fetch)
    {
        var page = await seed.GetJsonAsync($"{Api}/content?fetch={Uri.EscapeDataString(fetch)}");

        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_name_filter_with_a_comma_matches_either_name()
    {
        var both = await seed.GetJsonAsync($"{Api}/content?filter=contentType:lifeChallenge&filter=name:nasilje,invalidnost");

        var names = both.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToArray();
        Assert.Contains("Nasilje", names);
        Assert.Contains("Invalidnost", names);
    }

    [Theory]
    [InlineData("/content?take=abc", "take")]
    [InlineData("/content?skip=-1", "skip")]
    [InlineData("/content/items?id=zzz", "id")]
    [InlineData("/media/items?id=zzz", "id")]
    public async Task Parameters_that_do_not_bind_are_validation_problems_as_umbracos_model_binding(string url, string parameter)
    {
        using var response = await seed.Client.GetAsync(Api + url);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("One or more validation errors occurred.", body.GetProperty("title").GetString());
        Assert.NotEmpty(body.GetProperty("errors").GetProperty(parameter).EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_start_item_is_a_json_string_when_json_is_asked_for()
    {
        using var json = new HttpRequestMessage(HttpMethod.Get, $"{Api}/content");
        json.Headers.Add("Start-Item", "no-such-root");
        json.Headers.Add("Accept", "application/json");
        using var jsonResponse = await seed.Client.SendAsync(json);
        using var plain = new HttpRequestMessage(HttpMethod.Get, $"{Api}/content");
        plain.Headers.Add("Start-Item", "no-such-root");
        using var plainResponse = await seed.Client.SendAsync(plain);

        Assert.Equal(HttpStatusCode.NotFound, jsonResponse.StatusCode);
        Assert.Equal("application/json", jsonResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("\"The Start-Item could not be found\"", await jsonResponse.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", plainResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The Start-Item could not be found", await plainResponse.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_is_at_umbraco_17s_address()
    {
        using var response = await seed.Client.GetAsync("/umbraco/openapi/delivery.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(document.GetProperty("paths").TryGetProperty("/umbraco/delivery/api/v2/content", out _));
    }
}
