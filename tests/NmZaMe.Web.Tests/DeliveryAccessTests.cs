using System.Net;

namespace NmZaMe.Web.Tests;

public sealed class DeliveryAccessTests
{
    private const string Api = "/umbraco/delivery/api/v2";

    [Fact]
    public async Task Without_public_access_every_request_needs_the_exact_api_key()
    {
        using var usync = TestUSync.SchemaOnly();
        using var app = new CmsApplication(usync.Folder, new Dictionary<string, string?>
        {
            ["NmZaMe:DeliveryApi:PublicAccess"] = "false",
            ["NmZaMe:DeliveryApi:ApiKey"] = "s3cret-Key",
        });
        var client = await app.StartAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, $"{Api}/content", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, $"{Api}/content", "s3cret-key")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, $"{Api}/media?fetch=children:/", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(client, $"{Api}/content", "s3cret-Key")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(client, $"{Api}/media?fetch=children:/", "s3cret-Key")).StatusCode);
    }

    [Fact]
    public async Task Preview_needs_the_api_key_even_when_the_api_is_public()
    {
        using var usync = TestUSync.SchemaOnly();
        using var app = new CmsApplication(usync.Folder, new Dictionary<string, string?> { ["NmZaMe:DeliveryApi:ApiKey"] = "k" });
        var client = await app.StartAsync();

        Assert.Equal(HttpStatusCode.OK, (await Send(client, $"{Api}/content", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, $"{Api}/content", null, preview: true)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(client, $"{Api}/content", "k", preview: true)).StatusCode);
    }

    [Fact]
    public async Task An_empty_configured_key_never_matches()
    {
        using var usync = TestUSync.SchemaOnly();
        using var app = new CmsApplication(usync.Folder, new Dictionary<string, string?>
        {
            ["NmZaMe:DeliveryApi:PublicAccess"] = "false",
            ["NmZaMe:DeliveryApi:ApiKey"] = "",
        });
        var client = await app.StartAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, $"{Api}/content", "")).StatusCode);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, string url, string? key, bool preview = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Api-Key", key);
        }

        if (preview)
        {
            request.Headers.Add("Preview", "true");
        }

        return await client.SendAsync(request);
    }
}
