using System.Net;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// The split view (issue 14): two cultures side by side. One post saves both cultures' drafts (block texts included),
/// publishing takes the ticked cultures, errors land on their culture's field, a culture the editor may not edit is
/// read-only and a crafted post of it is refused with nothing saved, and a writer's request covers both cultures.
/// </summary>
public sealed partial class SplitViewTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task One_post_saves_both_cultures_and_publishing_takes_the_ticked_ones()
    {
        using var usync = TestUSync.Full();
        using var app = new CmsApplication(usync.Folder);
        await app.StartAsync();
        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var (service, url) = await ServiceWithContactsAsync(app, admin);

        var edit = await admin.GetPageAsync($"/umbraco/content/{service}/edit?culture=sl-SI");
        Assert.Contains($"href=\"/umbraco/content/{service}/split?culture=sl-SI&amp;other=en-US\" id=\"open-split\"", edit, StringComparison.Ordinal);
        // From the English editor too: Slovenian (the default language) on the left, beside the English being written.
        Assert.Contains($"href=\"/umbraco/content/{service}/split?culture=sl-SI&amp;other=en-US\" id=\"open-split\"", await admin.GetPageAsync($"/umbraco/content/{service}/edit?culture=en-US"), StringComparison.Ordinal);

        var page = await admin.GetPageAsync(url);
        Assert.Contains("id=\"col-left-h\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"col-right-h\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"status-en-US\"", page, StringComparison.Ordinal);
        Assert.Contains("<div lang=\"en-US\"><textarea id=\"fld-x-costDetails\"", page, StringComparison.Ordinal);
        Assert.Contains("<div lang=\"sl-SI\"><textarea id=\"fld-f-costDetails\"", page, StringComparison.Ordinal);
        // Invariant properties once: no right-column field for them.
        Assert.Contains("name=\"f.minimumAge\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"x.minimumAge\"", page, StringComparison.Ordinal);
        Assert.Matches("id=\"publish-en-US\"[^>]*checked", page);
        Assert.Matches("id=\"publish-sl-SI\"[^>]*checked", page);

        // Without script, adding a block on the left gives the right column its text fields at once.
        var blockType = System.Text.RegularExpressions.Regex.Match(page, "name=\"f.contacts.add\">\\s*<option value=\"([^\"]+)\"").Groups[1].Value;
        var added = await PostAsync(admin, url, await ContentEditorTests.AllFieldsAsync(admin, url, ("op", "addblock|f.contacts"), ("f.contacts.add", blockType)));
        var addedPage = await added.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var count = CountOf(addedPage, "name=\"x.contacts.", ".label\"");
        Assert.Equal(CountOf(page, "name=\"x.contacts.", ".label\"") + 1, count);
        Assert.Equal(CountOf(addedPage, "name=\"f.contacts.", ".label\""), count);

        var version = (await NodeAsync(app, service)).Version;
        using (var saved = await PostAsync(admin, url, await ContentEditorTests.AllFieldsAsync(admin, url,
                   ("Name", "Pomoč v dveh jezikih"), ("OtherName", "Help in two languages"),
                   ("f.costDetails", "Cena po dogovoru."), ("x.costDetails", "Price by agreement."),
                   ("f.contacts.0.label", "Pisarna"), ("x.contacts.0.label", "Office"), ("op", "save"))))
        {
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
            Assert.Contains("/split?culture=sl-SI&other=en-US", saved.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var node = await NodeAsync(app, service);
        Assert.Equal(version + 1, node.Version);
        var draft = ContentData.Deserialize(node.DraftData);
        Assert.Equal("Pomoč v dveh jezikih", draft.Names["sl-SI"]);
        Assert.Equal("Help in two languages", draft.Names["en-US"]);
        Assert.Equal("Cena po dogovoru.", draft.Value("costDetails", "sl-SI"));
        Assert.Equal("Price by agreement.", draft.Value("costDetails", "en-US"));
        var contacts = draft.Value("contacts", string.Empty)!;
        Assert.Equal("Pisarna", BlockText(contacts, 0, "label", "sl-SI"));
        Assert.Equal("Office", BlockText(contacts, 0, "label", "en-US"));
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.NodeKey == service && a.Action == "Save" && a.Culture == "sl-SI,en-US"));
        }

        // Publish one of the two: English only; the Slovenian live text stays as it was.
        var liveSl = ContentData.Deserialize(node.PublishedData!).Names["sl-SI"];
        using (var published = await PostAsync(admin, url, await ContentEditorTests.AllFieldsAsync(admin, url,
                   ("OtherName", "Help in two languages, live"), ("op", "publish"), ("PublishCultures", "en-US"))))
        {
            Assert.True(published.StatusCode == HttpStatusCode.Redirect, await published.Content.ReadAsStringAsync());
        }

        var live = ContentData.Deserialize((await NodeAsync(app, service)).PublishedData!);
        Assert.Equal("Help in two languages, live", live.Names["en-US"]);
        Assert.Equal(liveSl, live.Names["sl-SI"]);
        Assert.Equal("Help in two languages, live", app.Snapshot.Get(service)!.Name("en-US"));
        Assert.Equal(liveSl, app.Snapshot.Get(service)!.Name("sl-SI"));
    }

    [Fact]
    public async Task Errors_land_on_their_culture_and_a_conflict_keeps_the_form()
    {
        using var usync = TestUSync.Full();
        using var app = new CmsApplication(usync.Folder);
        await app.StartAsync();
        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var (service, url) = await ServiceWithContactsAsync(app, admin);
        var before = await NodeAsync(app, service);

        using (var invalid = await PostAsync(admin, url, await ContentEditorTests.AllFieldsAsync(admin, url,
                   ("Name", "Veljavno ime"), ("OtherName", new string('a', 300)), ("op", "save"))))
        {
            var html = await invalid.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
            Assert.Contains("id=\"fld-othername-err\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"fld-name-err\"", html, StringComparison.Ordinal);
            Assert.Contains("value=\"Veljavno ime\"", html, StringComparison.Ordinal);
            Assert.Contains("href=\"#fld-othername\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(before.Version, (await NodeAsync(app, service)).Version);

        var stale = await ContentEditorTests.AllFieldsAsync(admin, url, ("OtherName", "Mine"), ("op", "save"), ("Version", (before.Version - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using (var conflict = await PostAsync(admin, url, stale))
        {
            var html = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());
            Assert.Contains("id=\"conflict\"", html, StringComparison.Ordinal);
            Assert.Contains("id=\"overwrite\"", html, StringComparison.Ordinal);
            Assert.Contains("value=\"Mine\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(before.DraftData, (await NodeAsync(app, service)).DraftData);
    }

    [Fact]
    public async Task A_culture_the_editor_may_not_edit_is_read_only_and_a_crafted_post_of_it_saves_nothing()
    {
        using var usync = TestUSync.Full();
        using var app = new CmsApplication(usync.Folder);
        await app.StartAsync();
        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var editors = await LanguageRightsTests.GroupIdAsync(app, UserGroups.Editors);
        var permissions = UserGroups.Defaults.First(d => d.Alias == UserGroups.Editors).Permissions;
        using (var group = await admin.SubmitAsync($"/umbraco/users/groups/{editors}", permissions.Select(p => new KeyValuePair<string, string>("Permissions", p))
                   .Concat([new("DisplayName", "Uredniki"), new("RequireTwoFactor", "false"), new("StartNode", ""), new("StartMedia", ""),
                       new("AllLanguages", "false"), new("Languages", "en-US")]).ToList()))
        {
            Assert.Equal(HttpStatusCode.Redirect, group.StatusCode);
        }

        await BackOfficeSession.CreateUserAsync(app, "prevajalka@example.si", Password, UserGroups.Editors);
        using var translator = BackOfficeSession.Create(app);
        await translator.SignInOkAsync("prevajalka@example.si", Password);
        var (service, url) = await ServiceWithContactsAsync(app, translator);
        var page = await translator.GetPageAsync(url);
        Assert.Contains("id=\"left-read-only\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"right-read-only\"", page, StringComparison.Ordinal);
        Assert.Matches("<fieldset class=\"cell read-only\" disabled=\"disabled\">\\s*<div class=\"field\"[^>]*>\\s*<label for=\"fld-name\"", page);
        Assert.Matches("id=\"publish-sl-SI\"[^>]*disabled", page);
        var before = await NodeAsync(app, service);

        // Crafted: the whole form, Slovenian fields included (a browser posts nothing from disabled fields).
        using (var crafted = await PostAsync(translator, url, await ContentEditorTests.AllFieldsAsync(translator, url, ("Name", "Prevzeto"), ("OtherName", "Taken"), ("op", "save"))))
        {
            Assert.Equal(HttpStatusCode.OK, crafted.StatusCode);
            Assert.Contains("Jezika sl-SI ne smete urejati ali objavljati", WebUtility.HtmlDecode(await crafted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var english = (await ContentEditorTests.AllFieldsAsync(translator, url, ("OtherName", "Translated"), ("x.contacts.0.label", "Reception"), ("op", "publish"), ("PublishCultures", "en-US")))
            .Where(f => f.Key != "Name" && !f.Key.StartsWith("f.", StringComparison.Ordinal)).ToList();
        using (var publishSl = await PostAsync(translator, url, english.Append(new("PublishCultures", "sl-SI"))))
        {
            Assert.Contains("Jezika sl-SI ne smete urejati ali objavljati", WebUtility.HtmlDecode(await publishSl.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(before.DraftData, (await NodeAsync(app, service)).DraftData);
        Assert.Equal(before.PublishedData, (await NodeAsync(app, service)).PublishedData);

        // Allowed: English alone, block texts included; Slovenian and the shared values stay as they were.
        using (var publish = await PostAsync(translator, url, english))
        {
            Assert.True(publish.StatusCode == HttpStatusCode.Redirect, await publish.Content.ReadAsStringAsync());
        }

        var after = await NodeAsync(app, service);
        var draft = ContentData.Deserialize(after.DraftData);
        var old = ContentData.Deserialize(before.DraftData);
        Assert.Equal("Translated", ContentData.Deserialize(after.PublishedData!).Names["en-US"]);
        Assert.Equal(old.Names["sl-SI"], draft.Names["sl-SI"]);
        Assert.Equal(old.Value("minimumAge", string.Empty), draft.Value("minimumAge", string.Empty));
        Assert.Equal(old.Value("costDetails", "sl-SI"), draft.Value("costDetails", "sl-SI"));
        Assert.Equal("Reception", BlockText(draft.Value("contacts", string.Empty)!, 0, "label", "en-US"));
        Assert.Equal(BlockText(old.Value("contacts", string.Empty)!, 0, "label", "sl-SI"), BlockText(draft.Value("contacts", string.Empty)!, 0, "label", "sl-SI"));
    }

    [Fact]
    public async Task A_writers_request_covers_both_cultures_in_one_approval()
    {
        using var usync = TestUSync.Full();
        using var app = new CmsApplication(usync.Folder);
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", Password);
        var (service, url) = await ServiceWithContactsAsync(app, writer);
        var page = await writer.GetPageAsync(url);
        Assert.Contains("id=\"send-for-approval\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"publish\"", page, StringComparison.Ordinal);
        var live = app.Snapshot.Get(service)!.Name("en-US");

        using (var sent = await PostAsync(writer, url, await ContentEditorTests.AllFieldsAsync(writer, url,
                   ("Name", "Predlog"), ("OtherName", "Proposal"), ("op", "approval"))))
        {
            Assert.True(sent.StatusCode == HttpStatusCode.Redirect, await sent.Content.ReadAsStringAsync());
        }

        await using var db = app.CreateDbContext();
        var node = await db.Nodes.AsNoTracking().SingleAsync(n => n.Key == service);
        Assert.Equal("pisec@example.si", node.ApprovalRequestedBy);
        Assert.Equal(["en-US", "sl-SI"], (await ApproveContent.RequestedCulturesAsync(db, service, CancellationToken.None)).Order(StringComparer.Ordinal));
        Assert.Equal(live, app.Snapshot.Get(service)!.Name("en-US"));
    }

    /// <summary>A published service in both cultures with a contact block, and its split-view address.</summary>
    private static async Task<(Guid Key, string Url)> ServiceWithContactsAsync(CmsApplication app, BackOfficeSession session, string having = "name=\"x.contacts.0.label\"")
    {
        foreach (var service in app.Snapshot.All.Where(c => c.ContentType.Alias == "service" && c.Name("en-US") is not null && c.Name("sl-SI") is not null).OrderBy(c => c.Key))
        {
            var url = $"/umbraco/content/{service.Key}/split?culture=sl-SI&other=en-US";
            if ((await session.GetPageAsync(url)).Contains(having, StringComparison.Ordinal))
            {
                return (service.Key, url);
            }
        }

        throw new InvalidOperationException("No service with contacts in both cultures.");
    }

    /// <summary>A block's text in a culture: the block at <paramref name="index"/> in the layout.</summary>
    private static string? BlockText(string json, int index, string alias, string culture)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        var key = root["layout"]!["Umbraco.BlockList"]![index]!["contentKey"]!.GetValue<string>();
        var block = root["contentData"]!.AsArray().First(c => c!["key"]!.GetValue<string>() == key)!;
        return block["values"]!.AsArray().FirstOrDefault(v => v!["alias"]!.GetValue<string>() == alias && v["culture"]?.GetValue<string>() == culture)?["value"]?.GetValue<string>();
    }

    private static int CountOf(string html, string start, string end) =>
        System.Text.RegularExpressions.Regex.Matches(html, System.Text.RegularExpressions.Regex.Escape(start) + "\\d+" + System.Text.RegularExpressions.Regex.Escape(end)).Count;

    private static async Task<NodeRecord> NodeAsync(CmsApplication app, Guid key)
    {
        await using var db = app.CreateDbContext();
        return await db.Nodes.AsNoTracking().SingleAsync(n => n.Key == key);
    }

    private static async Task<HttpResponseMessage> PostAsync(BackOfficeSession session, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = BackOfficeSession.Token(await session.GetPageAsync("/umbraco/account/password"));
        return await session.Client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)).ToList()));
    }
}
