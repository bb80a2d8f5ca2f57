using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Tests.Site;

public sealed class ConfidentialAndPublishTests
{
    private const string Street = "Skrivna ulica 7";

    [Fact]
    public async Task A_confidential_location_never_shows_its_address_anywhere_on_the_site()
    {
        using var usync = TestUSync.Full();
        var organisation = usync.PathOf("Content/drustvo-zivljenje-brez-nasilja.config");
        File.WriteAllText(organisation, File.ReadAllText(organisation).Replace("  </Properties>",
            $"    <street><Value><![CDATA[{Street}]]></Value></street>\n    <postcode><Value><![CDATA[8001]]></Value></postcode>\n    <city><Value><![CDATA[Skrito mesto]]></Value></city>\n  </Properties>", StringComparison.Ordinal));
        var service = usync.PathOf("Content/varna-hisa.config");
        var location = "{\"layout\": {\"Umbraco.BlockList\": [{\"contentKey\": \"0f7c5b0e-1d2c-4b8e-9a51-2f6f1e7d3a10\", \"settingsKey\": null}]}, \"contentData\": [{\"contentTypeKey\": \"LOCATION\", \"udi\": null, \"key\": \"0f7c5b0e-1d2c-4b8e-9a51-2f6f1e7d3a10\", \"values\": [{\"editorAlias\": \"Umbraco.TextBox\", \"culture\": null, \"segment\": null, \"alias\": \"name\", \"value\": \"Varna hiša\"}, {\"editorAlias\": \"Umbraco.TextBox\", \"culture\": null, \"segment\": null, \"alias\": \"street\", \"value\": \"" + Street + "\"}]}], \"settingsData\": [], \"expose\": [{\"contentKey\": \"0f7c5b0e-1d2c-4b8e-9a51-2f6f1e7d3a10\", \"culture\": null, \"segment\": null}]}";
        var locationType = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(usync.PathOf("ContentTypes/servicelocation.config")), "Key=\"([0-9a-f-]+)\"").Groups[1].Value;
        File.WriteAllText(service, File.ReadAllText(service).Replace("  </Properties>",
            $"    <locations><Value><![CDATA[{location.Replace("LOCATION", locationType, StringComparison.Ordinal)}]]></Value></locations>\n  </Properties>", StringComparison.Ordinal));
        using var app = new CmsApplication(usync.Folder);
        var client = await app.StartAsync();
        Assert.Equal(Street, app.Snapshot.All.First(c => c.Name("sl-SI") == "Društvo življenje brez nasilja").Value("street", string.Empty));

        foreach (var url in new[]
        {
            "/sl/organizacije/drustvo-zivljenje-brez-nasilja/", "/sl/organizacije/drustvo-zivljenje-brez-nasilja/varna-hisa/",
            "/en/organisations/life-without-violence-association/safe-house/", "/sl/zivljenjske-situacije/nasilje/", "/sl/iskanje/?q=varna",
            $"/sl/moj-seznam/?id={app.Snapshot.All.First(c => c.Name("sl-SI") == "Varna hiša").Key}", "/sitemap.xml",
        })
        {
            var response = await client.GetAsync(url);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(Street, html, StringComparison.Ordinal);
            Assert.DoesNotContain("Skrito mesto", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Publishing_evicts_cached_pages_so_the_change_shows_at_once()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        const string page = "/sl/zivljenjske-situacije/nasilje/";
        var before = await client.GetStringAsync(page);
        Assert.Equal(before, await client.GetStringAsync(page));
        var organisation = app.Snapshot.All.First(c => c.Name("sl-SI") == "Pisarna lokalne blaginje" && c.ContentType.Alias == "organisation");
        var violence = app.Snapshot.All.First(c => c.Name("sl-SI") == "Nasilje").Key;
        var key = Guid.NewGuid();
        await using (var db = app.CreateDbContext())
        {
            var schema = app.Snapshot.Schema;
            var saved = await new SaveContent(db, schema).ExecuteAsync(new SaveContentCommand(key, organisation.Key, "service",
                new Dictionary<string, string> { ["sl-SI"] = "Nova pomoč žrtvam" },
                new Dictionary<string, IReadOnlyDictionary<string, string?>>
                {
                    ["summary"] = new Dictionary<string, string?> { ["sl-SI"] = "Pravkar objavljeno." },
                    ["lifeChallenges"] = new Dictionary<string, string?> { [""] = Udi.Document(violence) },
                    ["cost"] = new Dictionary<string, string?> { [""] = "[\"brezplačno\"]" },
                    ["status"] = new Dictionary<string, string?> { [""] = "[\"aktivna\"]" },
                }));
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Key + ": " + e.Value)));
            var published = await new PublishContent(db, schema, app.Services.GetRequiredService<ContentCommit>()).ExecuteAsync(key, ["sl-SI"]);
            Assert.True(published.Succeeded);
        }

        var after = WebUtility.HtmlDecode(await client.GetStringAsync(page));

        Assert.DoesNotContain("Nova pomoč žrtvam", WebUtility.HtmlDecode(before), StringComparison.Ordinal);
        Assert.Contains("Nova pomoč žrtvam", after, StringComparison.Ordinal);
    }
}
