using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Tests.Blocks;

/// <summary>Block texts per culture through the real pipeline: public site, Delivery API and search.</summary>
public sealed class BlockVarianceSiteTests
{
    private const string Api = "/umbraco/delivery/api/v2";

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> ContactAsync(HttpClient client, Guid key, string culture)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/content/item/{key}");
        request.Headers.Add("Accept-Language", culture);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("properties").GetProperty("contacts").GetProperty("items")[0].GetProperty("content").GetProperty("properties").Clone();
    }

    [Fact]
    public async Task Contact_labels_show_in_each_language_with_untranslated_ones_marked_slovenian_and_publishing_one_language_leaves_the_other()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var samarijan = BlockTexts.Item(app, "organisation", "Društvo Samarijan");
        var english = "/en" + app.Snapshot.Route(samarijan, "en-US");
        var slovenian = "/sl" + app.Snapshot.Route(samarijan, "sl-SI");

        // The seed has the label in both languages; without its English value the English page shows the Slovenian one
        // marked as such, and the API gives null.
        Assert.Contains("<span class=\"contact-label\">Samarijan helpline</span>", await PageAsync(client, english), StringComparison.Ordinal);
        await BlockTexts.SetAsync(app, samarijan.Key, "contacts", 0, "label", "en-US", null, ["en-US"]);
        Assert.Contains("<span class=\"contact-label\" lang=\"sl\">Zaupni telefon Samarijan</span>", await PageAsync(client, english), StringComparison.Ordinal);
        var untranslated = await ContactAsync(client, samarijan.Key, "en-US");
        Assert.Equal(JsonValueKind.Null, untranslated.GetProperty("label").ValueKind);
        Assert.Equal("116 123", untranslated.GetProperty("phone").GetString());

        await BlockTexts.SetAsync(app, samarijan.Key, "contacts", 0, "label", "en-US", "Samarijan helpline", ["en-US"]);

        Assert.Contains("<span class=\"contact-label\">Samarijan helpline</span>", await PageAsync(client, english), StringComparison.Ordinal);
        Assert.Contains("<span class=\"contact-label\">Zaupni telefon Samarijan</span>", await PageAsync(client, slovenian), StringComparison.Ordinal);
        Assert.Equal("Samarijan helpline", (await ContactAsync(client, samarijan.Key, "en-US")).GetProperty("label").GetString());
        Assert.Equal("Zaupni telefon Samarijan", (await ContactAsync(client, samarijan.Key, "sl-SI")).GetProperty("label").GetString());

        // Draft changes in both languages, only Slovenian published: English keeps its published text.
        await BlockTexts.SetAsync(app, samarijan.Key, "contacts", 0, "label", "en-US", "Helpline (draft)", []);
        await BlockTexts.SetAsync(app, samarijan.Key, "contacts", 0, "label", "sl-SI", "Zaupni telefon – vsak dan", ["sl-SI"]);

        Assert.Contains("<span class=\"contact-label\">Zaupni telefon – vsak dan</span>", await PageAsync(client, slovenian), StringComparison.Ordinal);
        var englishPage = await PageAsync(client, english);
        Assert.Contains("<span class=\"contact-label\">Samarijan helpline</span>", englishPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Helpline (draft)", englishPage, StringComparison.Ordinal);
        Assert.Equal("Samarijan helpline", (await ContactAsync(client, samarijan.Key, "en-US")).GetProperty("label").GetString());
    }

    [Fact]
    public async Task Hours_notes_and_location_names_follow_the_language_and_search_indexes_the_languages_location_name()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var csd = BlockTexts.Item(app, "organisation", "CSD Dolenjska in Bela krajina, enota Novo mesto");
        var ajda = BlockTexts.Item(app, "service", "Dnevni center Ajda");
        var note = "Izven uradnih ur vas sprejmejo v nujnih primerih (npr. ob nasilju).";
        var noteIndex = ((BlockListValue)csd.Value("openingHours", string.Empty)!).Items
            .Select((b, i) => (b, i)).First(x => x.b.Content.Value("note", "sl-SI") as string == note).i;

        // The seed has these texts in both languages: take the English ones out to see the marked Slovenian fallback.
        await BlockTexts.SetAsync(app, csd.Key, "openingHours", noteIndex, "note", "en-US", null, ["en-US"]);
        await BlockTexts.SetAsync(app, ajda.Key, "locations", 0, "name", "en-US", null, ["en-US"]);
        Assert.Contains($"<span class=\"hours-note\" lang=\"sl\">{note}</span>", await PageAsync(client, "/en" + app.Snapshot.Route(csd, "en-US")), StringComparison.Ordinal);
        var ajdaEnglish = "/en" + app.Snapshot.Route(ajda, "en-US");
        Assert.Contains("<p class=\"location-name\" lang=\"sl\">Dnevni center Ajda, DSO Novo mesto</p>", await PageAsync(client, ajdaEnglish), StringComparison.Ordinal);

        await BlockTexts.SetAsync(app, csd.Key, "openingHours", noteIndex, "note", "en-US", "Outside office hours they see you in an emergency (for example violence).", ["en-US"]);
        await BlockTexts.SetAsync(app, ajda.Key, "locations", 0, "name", "en-US", "Ajda Kingfisher day centre", ["en-US"]);

        Assert.Contains("<span class=\"hours-note\">Outside office hours they see you in an emergency (for example violence).</span>",
            await PageAsync(client, "/en" + app.Snapshot.Route(csd, "en-US")), StringComparison.Ordinal);
        Assert.Contains("<p class=\"location-name\">Ajda Kingfisher day centre</p>", await PageAsync(client, ajdaEnglish), StringComparison.Ordinal);
        Assert.Contains("<p class=\"location-name\">Dnevni center Ajda, DSO Novo mesto</p>", await PageAsync(client, "/sl" + app.Snapshot.Route(ajda, "sl-SI")), StringComparison.Ordinal);

        var searchPage = app.Snapshot.All.First(c => c.ContentType.Alias == "searchPage");
        var englishSearch = await PageAsync(client, "/en" + app.Snapshot.Route(searchPage, "en-US") + "?q=kingfisher");
        var slovenianSearch = await PageAsync(client, "/sl" + app.Snapshot.Route(searchPage, "sl-SI") + "?q=kingfisher");
        Assert.Contains("Ajda day centre", englishSearch, StringComparison.Ordinal);
        Assert.DoesNotContain("Dnevni center Ajda", slovenianSearch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_delivery_api_leaves_out_a_block_not_exposed_in_the_requested_language()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var samarijan = BlockTexts.Item(app, "organisation", "Društvo Samarijan");
        await using (var db = app.CreateDbContext())
        {
            // A new contact exposed in sl-SI only, with no English text, as saved from the Slovenian form.
            var node = await db.Nodes.SingleAsync(n => n.Key == samarijan.Key);
            var contacts = JsonNode.Parse(ContentData.Deserialize(node.DraftData).Value("contacts", string.Empty)!)!.AsObject();
            var key = Guid.NewGuid().ToString();
            contacts["layout"]!["Umbraco.BlockList"]!.AsArray().Insert(0, new JsonObject { ["contentKey"] = key });
            contacts["contentData"]!.AsArray().Add(new JsonObject
            {
                ["contentTypeKey"] = app.Snapshot.Schema.GetContentType("contactPoint")!.Key.ToString(),
                ["key"] = key,
                ["values"] = new JsonArray(
                    new JsonObject { ["alias"] = "label", ["culture"] = "sl-SI", ["value"] = "Dežurni" },
                    new JsonObject { ["alias"] = "phone", ["value"] = "07 39 39 233" }),
            });
            contacts["expose"]!.AsArray().Add(new JsonObject { ["contentKey"] = key, ["culture"] = "sl-SI" });
            var schema = app.Snapshot.Schema;
            var values = new Dictionary<string, IReadOnlyDictionary<string, string?>> { ["contacts"] = new Dictionary<string, string?> { [string.Empty] = contacts.ToJsonString() } };
            Assert.True((await new SaveContent(db, schema).ExecuteAsync(new SaveContentCommand(samarijan.Key, null, "organisation", new Dictionary<string, string>(), values))).Succeeded);
            Assert.True((await new PublishContent(db, schema, app.Services.GetRequiredService<ContentCommit>()).ExecuteAsync(samarijan.Key, ["sl-SI", "en-US"])).Succeeded);
        }

        Assert.Equal("Dežurni", (await ContactAsync(client, samarijan.Key, "sl-SI")).GetProperty("label").GetString());
        Assert.Equal("116 123", (await ContactAsync(client, samarijan.Key, "en-US")).GetProperty("phone").GetString());
        // The site falls back to the Slovenian block, as Umbraco does with a fallback to the default language.
        Assert.Contains("<span class=\"contact-label\" lang=\"sl\">Dežurni</span>", await PageAsync(client, "/en" + app.Snapshot.Route(samarijan, "en-US")), StringComparison.Ordinal);
    }
}
