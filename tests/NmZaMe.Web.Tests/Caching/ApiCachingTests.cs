using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;

namespace NmZaMe.Web.Tests.Caching;

/// <summary>Strong ETags, 304, Cache-Control and the output cache of the Delivery API, through HTTP.</summary>
public sealed class ApiCachingTests
{
    private const string Api = "/umbraco/delivery/api/v2";

    [Fact]
    public async Task An_answer_carries_a_strong_etag_and_the_same_tag_gets_a_304_without_a_body()
    {
        using var usync = TestUSync.SchemaOnly();
        using var app = new CmsApplication(usync.Folder);
        var client = await app.StartAsync();

        using var first = await client.GetAsync($"{Api}/content?take=5");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal("public, no-cache", CacheControl(first));
        Assert.Contains("Preview", first.Headers.Vary);

        using var again = await Send(client, $"{Api}/content?take=5", ("If-None-Match", etag.Tag));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, again.Headers.ETag);

        using var weakForm = await Send(client, $"{Api}/content?take=5", ("If-None-Match", "\"other\", W/" + etag.Tag));
        Assert.Equal(HttpStatusCode.NotModified, weakForm.StatusCode);

        using var stale = await Send(client, $"{Api}/content?take=5", ("If-None-Match", "\"0123\""));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);

        using var media = await client.GetAsync($"{Api}/media?fetch=children:/");
        Assert.NotNull(media.Headers.ETag);
        using var mediaAgain = await Send(client, $"{Api}/media?fetch=children:/", ("If-None-Match", media.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.NotModified, mediaAgain.StatusCode);

        using var missing = await client.GetAsync($"{Api}/content/item/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.ETag);
    }

    [Fact]
    public async Task Answers_are_kept_in_the_output_cache_and_a_publish_empties_it()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        const string query = $"{Api}/content?filter=contentType:service&take=0";

        using var first = await client.GetAsync(query);
        using var cached = await client.GetAsync(query);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(first.Headers.ETag, cached.Headers.ETag);
        using var notModified = await Send(client, query, ("If-None-Match", first.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        var before = await first.Content.ReadAsStringAsync();

        await PublishNewServiceAsync(app);

        using var after = await Send(client, query, ("If-None-Match", first.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(first.Headers.ETag, after.Headers.ETag);
        Assert.Null(after.Headers.Age);
        Assert.NotEqual(before, await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Previews_keyed_access_and_counted_searches_are_never_shared()
    {
        using var usync = TestUSync.SchemaOnly();
        using var app = new CmsApplication(usync.Folder, new Dictionary<string, string?> { ["NmZaMe:DeliveryApi:ApiKey"] = "k" });
        var client = await app.StartAsync();

        for (var i = 0; i < 2; i++)
        {
            using var preview = await Send(client, $"{Api}/content", ("Preview", "true"), ("Api-Key", "k"));
            Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
            Assert.Equal("no-store", CacheControl(preview));
            Assert.Null(preview.Headers.Age);

            using var search = await client.GetAsync($"{Api}/content?filter=text:pomoc");
            Assert.Equal("private, no-cache", CacheControl(search));
            Assert.Null(search.Headers.Age);
        }

        using var keyed = new CmsApplication(usync.Folder, new Dictionary<string, string?>
        {
            ["NmZaMe:DeliveryApi:PublicAccess"] = "false",
            ["NmZaMe:DeliveryApi:ApiKey"] = "k",
        });
        var keyedClient = await keyed.StartAsync();
        using var withKey = await Send(keyedClient, $"{Api}/content", ("Api-Key", "k"));
        using var withKeyAgain = await Send(keyedClient, $"{Api}/content", ("Api-Key", "k"));
        using var withoutKey = await keyedClient.GetAsync($"{Api}/content");
        Assert.Equal("private, no-cache", CacheControl(withKey));
        Assert.Null(withKeyAgain.Headers.Age);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
    }

    [Fact]
    public async Task The_output_cache_and_cache_control_follow_configuration()
    {
        using var usync = TestUSync.SchemaOnly();
        using var app = new CmsApplication(usync.Folder, new Dictionary<string, string?>
        {
            ["NmZaMe:DeliveryApi:OutputCache:Enabled"] = "false",
            ["NmZaMe:DeliveryApi:OutputCache:CacheControl"] = "public, max-age=30",
        });
        var client = await app.StartAsync();

        using var first = await client.GetAsync($"{Api}/content");
        using var second = await client.GetAsync($"{Api}/content");
        Assert.Null(second.Headers.Age);
        Assert.Equal("public, max-age=30", CacheControl(second));
        using var notModified = await Send(client, $"{Api}/content", ("If-None-Match", first.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Cross_origin_reads_are_allowed_only_for_configured_origins()
    {
        using var usync = TestUSync.SchemaOnly();
        using (var closed = new CmsApplication(usync.Folder))
        {
            var client = await closed.StartAsync();
            using var response = await Send(client, $"{Api}/content", ("Origin", "https://partner.example"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        }

        using var open = new CmsApplication(usync.Folder, new Dictionary<string, string?> { ["NmZaMe:Cors:AllowedOrigins:0"] = "https://partner.example" });
        var openClient = await open.StartAsync();
        using var allowed = await Send(openClient, $"{Api}/content", ("Origin", "https://partner.example"));
        Assert.Equal("https://partner.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", allowed.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);

        // The same answer now comes from the output cache; another origin must not inherit the first one's permission.
        using var other = await Send(openClient, $"{Api}/content", ("Origin", "https://elsewhere.example"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));

        using var preflight = new HttpRequestMessage(HttpMethod.Options, $"{Api}/content/item/{Guid.NewGuid()}");
        preflight.Headers.Add("Origin", "https://partner.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "accept-language,start-item");
        using var answer = await openClient.SendAsync(preflight);
        Assert.True(answer.IsSuccessStatusCode, answer.StatusCode.ToString());
        Assert.Equal("https://partner.example", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var site = await Send(openClient, "/sl/", ("Origin", "https://partner.example"));
        Assert.False(site.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    private static string CacheControl(HttpResponseMessage response) =>
        response.Headers.NonValidated.TryGetValues("Cache-Control", out var values) ? string.Join(", ", values) : string.Empty;

    internal static async Task PublishNewServiceAsync(CmsApplication app)
    {
        var organisation = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation");
        var lifeChallenge = app.Snapshot.All.First(c => c.ContentType.Alias == "lifeChallenge").Key;
        var key = Guid.NewGuid();
        await using var db = app.CreateDbContext();
        var schema = app.Snapshot.Schema;
        var saved = await new SaveContent(db, schema).ExecuteAsync(new SaveContentCommand(key, organisation.Key, "service",
            new Dictionary<string, string> { ["sl-SI"] = "Nova storitev za predpomnilnik" },
            new Dictionary<string, IReadOnlyDictionary<string, string?>>
            {
                ["summary"] = new Dictionary<string, string?> { ["sl-SI"] = "Pravkar objavljeno." },
                ["lifeChallenges"] = new Dictionary<string, string?> { [""] = Udi.Document(lifeChallenge) },
                ["cost"] = new Dictionary<string, string?> { [""] = "[\"brezplačno\"]" },
                ["status"] = new Dictionary<string, string?> { [""] = "[\"aktivna\"]" },
            }));
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Key + ": " + e.Value)));
        var published = await new PublishContent(db, schema, app.Services.GetRequiredService<ContentCommit>()).ExecuteAsync(key, ["sl-SI"]);
        Assert.True(published.Succeeded);
    }
}
