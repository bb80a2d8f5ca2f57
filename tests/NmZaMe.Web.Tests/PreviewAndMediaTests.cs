using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Tests;

public sealed class PreviewAndMediaTests
{
    private const string Api = "/umbraco/delivery/api/v2";

    [Fact]
    public async Task Preview_with_the_api_key_shows_a_draft_that_the_public_api_does_not()
    {
        using var app = new CmsApplication(settings: new Dictionary<string, string?> { ["NmZaMe:DeliveryApi:ApiKey"] = "editor-key" });
        var client = await app.StartAsync();
        var organisation = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation").Key;
        var key = Guid.NewGuid();
        await using (var db = app.CreateDbContext())
        {
            var result = await new SaveContent(db, app.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(key, organisation, "service",
                new Dictionary<string, string> { ["sl-SI"] = "Osnutek nove storitve" },
                new Dictionary<string, IReadOnlyDictionary<string, string?>> { ["summary"] = new Dictionary<string, string?> { ["sl-SI"] = "Še ni objavljeno." } }));
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        }

        var publicResponse = await client.GetAsync($"{Api}/content/item/{key}");
        using var preview = new HttpRequestMessage(HttpMethod.Get, $"{Api}/content/item/{key}");
        preview.Headers.Add("Preview", "true");
        preview.Headers.Add("Api-Key", "editor-key");
        var previewResponse = await client.SendAsync(preview);

        Assert.Equal(HttpStatusCode.NotFound, publicResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, previewResponse.StatusCode);
        Assert.Equal("no-store", previewResponse.Headers.CacheControl?.ToString());
        var item = JsonDocument.Parse(await previewResponse.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Osnutek nove storitve", item.GetProperty("name").GetString());
        // Umbraco gives an item without a published route its preview path (ContentRouteBuilderTests.CanRouteUnpublishedChild).
        Assert.Equal($"/preview-{key:D}/", item.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal($"/preview-{key:D}/", item.GetProperty("cultures").GetProperty("sl-SI").GetProperty("path").GetString());

        // Umbraco's route for a draft in preview: content/item/preview-{id}, only with Preview.
        using var byPreviewPath = new HttpRequestMessage(HttpMethod.Get, $"{Api}/content/item/preview-{key}");
        byPreviewPath.Headers.Add("Preview", "true");
        byPreviewPath.Headers.Add("Api-Key", "editor-key");
        var byPreviewPathResponse = await client.SendAsync(byPreviewPath);
        Assert.Equal(HttpStatusCode.OK, byPreviewPathResponse.StatusCode);
        Assert.Equal(key, JsonDocument.Parse(await byPreviewPathResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/content/item/preview-{key}")).StatusCode);
    }

    [Fact]
    public async Task Preview_shows_the_draft_of_a_published_item_and_the_public_api_its_published_version()
    {
        using var app = new CmsApplication(settings: new Dictionary<string, string?> { ["NmZaMe:DeliveryApi:ApiKey"] = "editor-key" });
        var client = await app.StartAsync();
        var service = app.Snapshot.All.First(c => c.ContentType.Alias == "service" && app.Snapshot.Route(c, "sl-SI") is not null);
        var published = service.Name("sl-SI");
        await using (var db = app.CreateDbContext())
        {
            var saved = await new SaveContent(db, app.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(service.Key, null, "service",
                new Dictionary<string, string> { ["sl-SI"] = "Osnutek novega imena" }, new Dictionary<string, IReadOnlyDictionary<string, string?>>()));
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Values));
        }

        var publicItem = JsonDocument.Parse(await client.GetStringAsync($"{Api}/content/item/{service.Key}")).RootElement;
        using var preview = new HttpRequestMessage(HttpMethod.Get, $"{Api}/content/item/{service.Key}");
        preview.Headers.Add("Preview", "true");
        preview.Headers.Add("Api-Key", "editor-key");
        using var previewResponse = await client.SendAsync(preview);
        var previewItem = JsonDocument.Parse(await previewResponse.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(published, publicItem.GetProperty("name").GetString());
        Assert.Equal("Osnutek novega imena", previewItem.GetProperty("name").GetString());
        // A published item keeps a real route in preview; only items without a published route get /preview-{id}.
        Assert.DoesNotContain("preview-", previewItem.GetProperty("route").GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal("no-store", previewResponse.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Publishing_replaces_the_snapshot_after_commit_and_the_api_shows_it_at_once()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var organisation = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation" && c.Name("sl-SI") == "Pisarna lokalne blaginje");
        var lifeChallenge = app.Snapshot.All.First(c => c.ContentType.Alias == "lifeChallenge").Key;
        var generation = app.Snapshot.Generation;
        var key = Guid.NewGuid();
        await using (var db = app.CreateDbContext())
        {
            var schema = app.Snapshot.Schema;
            var saved = await new SaveContent(db, schema).ExecuteAsync(new SaveContentCommand(key, organisation.Key, "service",
                new Dictionary<string, string> { ["sl-SI"] = "Pomoč na domu", ["en-US"] = "Home help" },
                new Dictionary<string, IReadOnlyDictionary<string, string?>>
                {
                    ["summary"] = new Dictionary<string, string?> { ["sl-SI"] = "Pomoč pri vsakdanjih opravilih.", ["en-US"] = "Help with daily tasks." },
                    ["lifeChallenges"] = new Dictionary<string, string?> { [""] = Udi.Document(lifeChallenge) },
                    ["cost"] = new Dictionary<string, string?> { [""] = "[\"delno plačljivo\"]" },
                    ["status"] = new Dictionary<string, string?> { [""] = "[\"aktivna\"]" },
                }));
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Key + ": " + e.Value)));
            var published = await new PublishContent(db, schema, app.Services.GetRequiredService<ContentCommit>()).ExecuteAsync(key, ["sl-SI"]);
            Assert.True(published.Succeeded, string.Join("; ", published.Errors.Select(e => e.Key + ": " + e.Value)));
        }

        var sl = await client.GetAsync($"{Api}/content/item/organizacije/pisarna-lokalne-blaginje/pomoc-na-domu/");
        using var english = new HttpRequestMessage(HttpMethod.Get, $"{Api}/content/item/{key}");
        english.Headers.Add("Accept-Language", "en-US");

        Assert.True(app.Snapshot.Generation > generation);
        Assert.Equal(HttpStatusCode.OK, sl.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(english)).StatusCode);
    }

    [Fact]
    public async Task Media_imported_from_usync_is_served_by_pickers_and_the_media_endpoints()
    {
        using var usync = TestUSync.Full();
        var folder = Guid.Parse("0b1f5d55-2a63-4d8e-9f57-3f3c4c1f9a01");
        var image = Guid.Parse("7c2a7d0e-5c8e-4a55-a7d4-3a2b9f0e6c12");
        Directory.CreateDirectory(Path.Combine(usync.V17, "Media"));
        File.WriteAllText(Path.Combine(usync.V17, "Media", "logotipi.config"), MediaFile(folder, Guid.Empty, "Logotipi", "Folder", 1, ""));
        File.WriteAllText(Path.Combine(usync.V17, "Media", "plb.config"), MediaFile(image, folder, "PLB", "Image", 2, """
            <altText><Value><![CDATA[Logotip pisarne]]></Value></altText>
            <umbracoBytes><Value><![CDATA[2048]]></Value></umbracoBytes>
            <umbracoExtension><Value><![CDATA[png]]></Value></umbracoExtension>
            <umbracoFile><Value><![CDATA[{"src":"/media/ab12cd/plb.png","crops":[]}]]></Value></umbracoFile>
            <umbracoHeight><Value><![CDATA[80]]></Value></umbracoHeight>
            <umbracoWidth><Value><![CDATA[200]]></Value></umbracoWidth>
            """));
        var office = Directory.EnumerateFiles(Path.Combine(usync.V17, "Content"))
            .First(f => File.ReadAllText(f).Contains("<ContentType>organisation</ContentType>", StringComparison.Ordinal) && f.Contains("pisarna", StringComparison.Ordinal));
        File.WriteAllText(office, File.ReadAllText(office).Replace("  </Properties>",
            $"    <logo>\n      <Value><![CDATA[[{{\"key\":\"{Guid.NewGuid()}\",\"mediaKey\":\"{image}\"}}]]]></Value>\n    </logo>\n  </Properties>", StringComparison.Ordinal));
        using var app = new CmsApplication(usync.Folder);
        var client = await app.StartAsync();
        var officeKey = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation" && c.Name("sl-SI") == "Pisarna lokalne blaginje").Key;

        var item = JsonDocument.Parse(await client.GetStringAsync($"{Api}/content/item/{officeKey}")).RootElement;
        var roots = JsonDocument.Parse(await client.GetStringAsync($"{Api}/media?fetch=children:/")).RootElement;
        var byPath = JsonDocument.Parse(await client.GetStringAsync($"{Api}/media/item/logotipi/plb")).RootElement;
        var children = JsonDocument.Parse(await client.GetStringAsync($"{Api}/media?fetch=children:{folder}&filter=mediaType:Image")).RootElement;

        var logo = item.GetProperty("properties").GetProperty("logo")[0];
        Assert.Equal(image, logo.GetProperty("id").GetGuid());
        Assert.Equal("/media/ab12cd/plb.png", logo.GetProperty("url").GetString());
        Assert.Equal(200, logo.GetProperty("width").GetInt32());
        Assert.Equal("Image", logo.GetProperty("mediaType").GetString());
        Assert.Equal("Logotip pisarne", logo.GetProperty("properties").GetProperty("altText").GetString());
        Assert.Contains("Logotipi", roots.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal("/logotipi/plb/", byPath.GetProperty("path").GetString());
        Assert.Equal(2048, byPath.GetProperty("bytes").GetInt32());
        Assert.Equal(1, children.GetProperty("total").GetInt64());
    }

    private static string MediaFile(Guid key, Guid parent, string name, string type, int level, string properties) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Media Key="{key}" Alias="{name}" Level="{level}">
          <Info>
            <Parent Key="{parent}"></Parent>
            <Path>/{name}</Path>
            <Trashed>false</Trashed>
            <ContentType>{type}</ContentType>
            <CreateDate>2026-02-01T10:00:00</CreateDate>
            <NodeName Default="{name}" />
            <SortOrder>0</SortOrder>
          </Info>
          <Properties>
        {properties}
          </Properties>
        </Media>
        """;
}
