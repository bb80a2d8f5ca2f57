using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

public sealed partial class ContentEditorTests
{
    private const string Password = "modra-reka-krka-tece";

    private static async Task<(CmsApplication App, BackOfficeSession Session)> SignedInAsync(string group, Func<CmsApplication, Task>? setUp = null, IDictionary<string, string?>? settings = null)
    {
        var app = new CmsApplication(settings: settings);
        await app.StartAsync();
        var id = await BackOfficeSession.CreateUserAsync(app, "oseba@example.si", Password, group);
        if (setUp is not null)
        {
            await setUp(app);
        }

        if (group == UserGroups.OrganisationEditors)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            user.StartContentKey = Organisation(app, 0).Key;
            await users.UpdateAsync(user);
        }

        var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("oseba@example.si", Password);
        return (app, session);
    }

    private static PublishedContent Organisation(CmsApplication app, int index) =>
        app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation").OrderBy(c => c.Name("sl-SI")).ElementAt(index);

    private static Guid Challenge(CmsApplication app, string name) => app.Snapshot.All.First(c => c.ContentType.Alias == "lifeChallenge" && c.Name("sl-SI") == name).Key;

    private static async Task<HttpResponseMessage> PostAsync(BackOfficeSession session, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = BackOfficeSession.Token(await session.GetPageAsync("/umbraco/account/password"));
        var body = fields.Append(new("__RequestVerificationToken", token)).ToList();
        return await session.Client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    private static List<KeyValuePair<string, string>> Service(CmsApplication app, Guid key, string name, string op, string phone = "07 332 11 22")
    {
        var contact = app.Snapshot.Schema.GetContentType("contactPoint")!.Key;
        return
        [
            new("Key", key.ToString()), new("Culture", "sl-SI"), new("Name", name), new("op", op),
            new("f.summary", "Svetovanje v stiski, tudi zvečer."),
            new("f.description", "<p>Pomagamo <strong>hitro</strong>.</p><script>alert('x')</script><img src=x onerror=alert(1)>"),
            new("f.lifeChallenges", Udi.Document(Challenge(app, "Nasilje"))),
            new("f.cost", "brezplačno"), new("f.status", "aktivna"),
            new("f.targetGroups", "odrasli"),
            new("f.keywords", "krizna linija, zmajevka"),
            new("f.contacts.0.key", Guid.NewGuid().ToString()), new("f.contacts.0.type", contact.ToString()),
            new("f.contacts.0.label", "Dežurni telefon"), new("f.contacts.0.phone", phone), new("f.contacts.0.email", "pomoc@example.si"),
            new("f.minimumAge", "18"),
        ];
    }

    [Fact]
    public async Task An_editor_creates_a_service_with_blocks_pickers_tags_and_rich_text_and_publishes_it_everywhere()
    {
        var (app, session) = await SignedInAsync(UserGroups.Editors);
        using var _ = app;
        using var __ = session;
        var organisation = Organisation(app, 0);

        var choose = await session.GetPageAsync($"/umbraco/content/create?parent={organisation.Key}");
        Assert.Contains($"type=service", choose, StringComparison.Ordinal);
        var form = await session.GetPageAsync($"/umbraco/content/create?parent={organisation.Key}&type=service");
        var key = Guid.Parse(KeyField().Match(form).Groups[1].Value);
        Assert.Contains("name=\"f.lifeChallenges.q\"", form, StringComparison.Ordinal);
        Assert.Contains("za vse jezike", form, StringComparison.Ordinal);

        var url = $"/umbraco/content/create?parent={organisation.Key}&type=service";
        var contact = app.Snapshot.Schema.GetContentType("contactPoint")!.Key;
        using (var added = await PostAsync(session, url,
                   [new("Key", key.ToString()), new("Culture", "sl-SI"), new("Name", "Zmajevka, krizna linija"), new("op", "addblock|f.contacts"), new("f.contacts.add", contact.ToString())]))
        {
            var html = WebUtility.HtmlDecode(await added.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
            Assert.Contains("value=\"Zmajevka, krizna linija\"", html, StringComparison.Ordinal);
            Assert.Contains("name=\"f.contacts.0.phone\"", html, StringComparison.Ordinal);
        }

        using (var searched = await PostAsync(session, url,
                   [new("Key", key.ToString()), new("Culture", "sl-SI"), new("Name", "Zmajevka"), new("op", "search|f.lifeChallenges"), new("f.lifeChallenges.q", "nasil")]))
        {
            var html = WebUtility.HtmlDecode(await searched.Content.ReadAsStringAsync());
            Assert.Contains($"pick|f.lifeChallenges|{Udi.Document(Challenge(app, "Nasilje"))}", html, StringComparison.Ordinal);
            Assert.DoesNotContain(Udi.Document(Challenge(app, "Stanovanje in brezdomstvo")), html, StringComparison.Ordinal);
        }

        using var published = await PostAsync(session, url, [.. Service(app, key, "Zmajevka, krizna linija", "publish"), new("PublishCultures", "sl-SI")]);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal($"/umbraco/content/{key}/edit?culture=sl-SI", published.Headers.Location?.OriginalString);

        var edit = WebUtility.HtmlDecode(await session.GetPageAsync($"/umbraco/content/{key}/edit?culture=sl-SI"));
        Assert.Contains("Shranjeno in objavljeno.", edit, StringComparison.Ordinal);
        Assert.Contains("07 332 11 22", edit, StringComparison.Ordinal);
        Assert.Contains("Nasilje", edit, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", edit, StringComparison.Ordinal);
        Assert.Contains("objavljeno", edit, StringComparison.Ordinal);

        var client = app.CreateClient();
        var api = await client.GetStringAsync($"/umbraco/delivery/api/v2/content/item/{key}");
        Assert.Contains("Zmajevka, krizna linija", api, StringComparison.Ordinal);
        Assert.Contains("07 332 11 22", api, StringComparison.Ordinal);
        Assert.Contains("zmajevka", api, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", api.Replace("\"alert\":", "", StringComparison.Ordinal).Replace("\"alertEndDate\":", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", api, StringComparison.Ordinal);

        var route = app.Snapshot.Route(app.Snapshot.Get(key)!, "sl-SI")!;
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/sl" + route));
        Assert.Contains("Zmajevka, krizna linija", page, StringComparison.Ordinal);
        var search = WebUtility.HtmlDecode(await client.GetStringAsync("/sl/iskanje/?q=zmajevka"));
        Assert.Contains("Zmajevka, krizna linija", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_input_keeps_everything_typed_and_saves_nothing()
    {
        var (app, session) = await SignedInAsync(UserGroups.Editors);
        using var _ = app;
        using var __ = session;
        var organisation = Organisation(app, 0);
        var key = Guid.NewGuid();
        var fields = Service(app, key, "Napačna storitev", "save", phone: "07 111 22 33");
        fields.RemoveAll(f => f.Key is "f.minimumAge" or "f.contacts.0.email");
        fields.Add(new("f.minimumAge", "osemnajst"));
        fields.Add(new("f.contacts.0.email", "ni-e-posta"));

        using var response = await PostAsync(session, $"/umbraco/content/create?parent={organisation.Key}&type=service", fields);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fld-f-minimumAge-err\"", html, StringComparison.Ordinal);
        Assert.Contains("Vnesite celo število.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fld-f-contacts-0-email-err\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#fld-f-contacts-0-email\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"osemnajst\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"07 111 22 33\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Napačna storitev\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Udi.Document(Challenge(app, "Nasilje"))}\"", html, StringComparison.Ordinal);
        Assert.Contains("krizna linija, zmajevka", html, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Nodes.AnyAsync(n => n.Key == key));
    }

    [Fact]
    public async Task A_type_not_allowed_under_the_parent_is_refused()
    {
        var (app, session) = await SignedInAsync(UserGroups.Editors);
        using var _ = app;
        using var __ = session;
        var organisation = Organisation(app, 0);
        using var choose = await session.Client.GetAsync($"/umbraco/content/create?parent={organisation.Key}&type=newsArticle");
        Assert.Equal(HttpStatusCode.NotFound, choose.StatusCode);

        var key = Guid.NewGuid();
        using var response = await PostAsync(session, $"/umbraco/content/create?parent={organisation.Key}&type=newsArticle",
            [new("Key", key.ToString()), new("Culture", "sl-SI"), new("Name", "Novica"), new("op", "save")]);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tukaj ni dovoljena", html, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Nodes.AnyAsync(n => n.Key == key));
    }

    [Fact]
    public async Task A_concurrent_save_is_detected_and_shown_side_by_side_and_overwrites_only_when_asked()
    {
        var (app, session) = await SignedInAsync(UserGroups.Editors);
        using var _ = app;
        using var __ = session;
        var service = app.Snapshot.ChildrenOf(Organisation(app, 0).Key).First();
        var url = $"/umbraco/content/{service.Key}/edit?culture=sl-SI";
        var form = await session.GetPageAsync(url);
        var version = int.Parse(VersionField().Match(form).Groups[1].Value);

        await using (var db = app.CreateDbContext())
        {
            var saved = await new SaveContent(db, app.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(service.Key, null, "service",
                new Dictionary<string, string> { ["sl-SI"] = "Njihovo ime" }, new Dictionary<string, IReadOnlyDictionary<string, string?>>(), version));
            Assert.True(saved.Succeeded);
        }

        var mine = new List<KeyValuePair<string, string>> { new("Culture", "sl-SI"), new("Version", version.ToString()), new("Name", "Moje ime"), new("op", "save"), new("f.summary", "Moj povzetek") };
        using var conflict = await PostAsync(session, url, mine);
        var html = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("Nekdo drug je medtem shranil to vsebino", html, StringComparison.Ordinal);
        Assert.Contains("<td>Njihovo ime</td><td>Moje ime</td>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Moje ime\"", html, StringComparison.Ordinal);
        await using (var db = app.CreateDbContext())
        {
            Assert.Contains("Njihovo ime", (await db.Nodes.SingleAsync(n => n.Key == service.Key)).DraftData, StringComparison.Ordinal);
        }

        var theirVersion = TheirVersionField().Match(html).Groups[1].Value;
        mine[3] = new("op", "overwrite");
        using var overwritten = await PostAsync(session, url, [.. mine, new("TheirVersion", theirVersion)]);
        Assert.Equal(HttpStatusCode.Redirect, overwritten.StatusCode);
        await using (var db = app.CreateDbContext())
        {
            var draft = (await db.Nodes.SingleAsync(n => n.Key == service.Key)).DraftData;
            Assert.Contains("Moje ime", draft, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_writer_cannot_publish_but_sends_for_approval_and_an_editor_approves()
    {
        var (app, session) = await SignedInAsync(UserGroups.Writers);
        using var _ = app;
        using var __ = session;
        var service = app.Snapshot.ChildrenOf(Organisation(app, 0).Key).First();
        var oldName = service.Name("sl-SI")!;
        var url = $"/umbraco/content/{service.Key}/edit?culture=sl-SI";
        var form = await session.GetPageAsync(url);
        Assert.DoesNotContain("value=\"publish\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"approval\"", form, StringComparison.Ordinal);
        var version = VersionField().Match(form).Groups[1].Value;

        using (var publish = await PostAsync(session, url, [new("Culture", "sl-SI"), new("Version", version), new("Name", "Objavil bi"), new("op", "publish")]))
        {
            Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        }

        using (var approvals = await session.Client.GetAsync("/umbraco/content/approvals"))
        {
            Assert.NotEqual(HttpStatusCode.OK, approvals.StatusCode);
        }

        using var sent = await PostAsync(session, url, await AllFieldsAsync(session, url, ("Name", oldName + " (popravek)"), ("op", "approval")));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(oldName, app.Snapshot.Get(service.Key)!.Name("sl-SI"));
        await using (var db = app.CreateDbContext())
        {
            var node = await db.Nodes.SingleAsync(n => n.Key == service.Key);
            Assert.Equal("oseba@example.si", node.ApprovalRequestedBy);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.NodeKey == service.Key && a.Action == "SendForApproval" && a.Culture == "sl-SI"));
        }

        await BackOfficeSession.CreateUserAsync(app, "urednica@example.si", Password, UserGroups.Editors);
        using var editor = BackOfficeSession.Create(app);
        await editor.SignInOkAsync("urednica@example.si", Password);
        var onItem = WebUtility.HtmlDecode(await editor.GetPageAsync(url));
        Assert.Contains($"<td>{oldName}</td><td>{oldName} (popravek)</td>", onItem, StringComparison.Ordinal);
        Assert.Contains($"id=\"approve-{service.Key}\"", onItem, StringComparison.Ordinal);
        var list = WebUtility.HtmlDecode(await editor.GetPageAsync("/umbraco/content/approvals"));
        Assert.Contains(oldName + " (popravek)", list, StringComparison.Ordinal);
        Assert.Contains($"<td>{oldName}</td>", list, StringComparison.Ordinal);
        using var approved = await editor.SubmitAsync($"/umbraco/content/approvals?key={service.Key}", new Dictionary<string, string>(), "Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(oldName + " (popravek)", app.Snapshot.Get(service.Key)!.Name("sl-SI"));
        await using (var db = app.CreateDbContext())
        {
            Assert.Null((await db.Nodes.SingleAsync(n => n.Key == service.Key)).ApprovalRequestedBy);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.NodeKey == service.Key && a.Action == "Approve"));
        }

        Assert.Contains("Nič ne čaka na odobritev.", await editor.GetPageAsync("/umbraco/content/approvals"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_editor_works_only_in_their_organisation_and_waits_for_approval_or_rejection()
    {
        var (app, session) = await SignedInAsync(UserGroups.OrganisationEditors);
        using var _ = app;
        using var __ = session;
        var own = Organisation(app, 0);
        var other = Organisation(app, 1);
        var otherService = app.Snapshot.ChildrenOf(other.Key).First();
        foreach (var url in new[] { $"/umbraco/content/{other.Key}/edit", $"/umbraco/content/{otherService.Key}/edit", $"/umbraco/content/create?parent={other.Key}", "/umbraco/content/create" })
        {
            using var response = await session.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using (var post = await PostAsync(session, $"/umbraco/content/{otherService.Key}/edit?culture=sl-SI", [new("Name", "Prevzeto"), new("op", "save")]))
        {
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        var key = Guid.NewGuid();
        using var sent = await PostAsync(session, $"/umbraco/content/create?parent={own.Key}&type=service", Service(app, key, "Naša nova storitev", "approval"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Null(app.Snapshot.Get(key));
        using (var api = await app.CreateClient().GetAsync($"/umbraco/delivery/api/v2/content/item/{key}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        }

        await BackOfficeSession.CreateUserAsync(app, "urednica@example.si", Password, UserGroups.Editors);
        using var editor = BackOfficeSession.Create(app);
        await editor.SignInOkAsync("urednica@example.si", Password);
        Assert.Contains("Naša nova storitev", WebUtility.HtmlDecode(await editor.GetPageAsync("/umbraco/content/approvals")), StringComparison.Ordinal);
        using var rejected = await editor.SubmitAsync($"/umbraco/content/approvals?key={key}", new Dictionary<string, string> { ["note"] = "Dopolnite opis." }, "Reject");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Null(app.Snapshot.Get(key));
        await using var db = app.CreateDbContext();
        Assert.Null((await db.Nodes.SingleAsync(n => n.Key == key)).ApprovalRequestedBy);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.NodeKey == key && a.Action == "Reject" && a.Detail == "Dopolnite opis."));
        Assert.Contains("Dopolnite opis.", await session.GetPageAsync($"/umbraco/content/{key}/edit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_incomplete_draft_is_saved_and_the_editor_is_told_what_publishing_still_needs()
    {
        var (app, session) = await SignedInAsync(UserGroups.Editors);
        using var _ = app;
        using var __ = session;
        var key = Guid.NewGuid();
        var fields = Service(app, key, "Še brez cene", "save");
        fields.RemoveAll(f => f.Key == "f.cost");

        using var saved = await PostAsync(session, $"/umbraco/content/create?parent={Organisation(app, 0).Key}&type=service", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var html = WebUtility.HtmlDecode(await session.GetPageAsync($"/umbraco/content/{key}/edit?culture=sl-SI"));
        Assert.Contains("id=\"publish-warnings\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#fld-f-cost\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"error-summary\"", html, StringComparison.Ordinal);

        var complete = Service(app, key, "Še brez cene", "save");
        complete.Add(new("Version", VersionField().Match(html).Groups[1].Value));
        using var fixedUp = await PostAsync(session, $"/umbraco/content/{key}/edit?culture=sl-SI", complete);
        Assert.Equal(HttpStatusCode.Redirect, fixedUp.StatusCode);
        Assert.DoesNotContain("id=\"publish-warnings\"", await session.GetPageAsync($"/umbraco/content/{key}/edit?culture=sl-SI"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publish_that_fails_keeps_the_draft_the_form_continues_and_unpublish_takes_it_off_the_site()
    {
        var (app, session) = await SignedInAsync(UserGroups.Editors);
        using var _ = app;
        using var __ = session;
        var organisation = Organisation(app, 0);
        var key = Guid.NewGuid();
        var url = $"/umbraco/content/create?parent={organisation.Key}&type=service";
        var fields = Service(app, key, "Brez cene", "publish");
        fields.RemoveAll(f => f.Key == "f.cost");
        fields.Add(new("PublishCultures", "sl-SI"));

        // The draft exists after the failed publish, so the form continues on its edit page (review B2), which marks what is missing.
        using var failed = await PostAsync(session, url, fields);
        Assert.Equal(HttpStatusCode.Redirect, failed.StatusCode);
        Assert.Equal($"/umbraco/content/{key}/edit?culture=sl-SI", failed.Headers.Location?.OriginalString);
        var html = WebUtility.HtmlDecode(await session.GetPageAsync(failed.Headers.Location!.OriginalString));
        Assert.Contains("Osnutek je shranjen, objava pa ni uspela.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#fld-f-cost\"", html, StringComparison.Ordinal);
        Assert.Null(app.Snapshot.Get(key));
        var version = VersionField().Match(html).Groups[1].Value;

        fields.RemoveAll(f => f.Key == "Version");
        fields.AddRange([new("f.cost", "plačljivo"), new("Version", version)]);
        using var published = await PostAsync(session, url, fields);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal("Brez cene", app.Snapshot.Get(key)!.Name("sl-SI"));

        var edit = $"/umbraco/content/{key}/edit?culture=sl-SI";
        using var unpublished = await PostAsync(session, edit, [new("Culture", "sl-SI"), new("op", "unpublish")]);
        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.Null(app.Snapshot.Get(key)?.Name("sl-SI"));
        Assert.Contains("osnutek", await session.GetPageAsync(edit), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_keeps_its_links_logo_dates_and_choices_and_an_unsafe_link_is_a_field_error()
    {
        var (app, session) = await SignedInAsync(UserGroups.Editors);
        using var _ = app;
        using var __ = session;
        var folder = app.Snapshot.All.First(c => c.ContentType.Alias == "organisationFolder");
        var office = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation");
        var logo = Guid.NewGuid();
        await using (var db = app.CreateDbContext())
        {
            var data = new ContentData();
            data.Names[string.Empty] = "Logotip društva";
            data.SetValue("altText", string.Empty, "Zelen zmaj");
            db.Nodes.Add(new NmZaMe.Cms.Persistence.NodeRecord
            {
                Key = logo, Kind = NmZaMe.Cms.Persistence.ContentKind.Media, ContentTypeAlias = "Image", Level = 1, Path = "-1",
                CreateDate = DateTime.UtcNow, UpdateDate = DateTime.UtcNow, DraftData = data.Serialize(),
            });
            await db.SaveChangesAsync();
        }

        var key = Guid.NewGuid();
        var url = $"/umbraco/content/create?parent={folder.Key}&type=organisation";
        List<KeyValuePair<string, string>> fields =
        [
            new("Key", key.ToString()), new("Culture", "sl-SI"), new("Name", "Društvo Zmaj"), new("op", "save"),
            new("f.organisationType", "javni zavod"), new("f.municipalities", "Novo mesto"), new("f.municipalities", "Straža"),
            new("f.confidentialLocation", "1"), new("f.email", "info@zmaj.example.si"), new("f.lastReviewed", "2026-05-04"), new("f.logo", logo.ToString()),
            new("f.website.0.name", "Spletna stran"), new("f.website.0.url", "javascript:alert(1)"), new("f.website.0.content", ""),
            new("f.website.1.name", "Pisarna"), new("f.website.1.url", ""), new("f.website.1.content", Udi.Document(office.Key)),
        ];

        using var invalid = await PostAsync(session, url, fields);
        var html = WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync());
        Assert.Contains("id=\"fld-f-website-err\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"javascript:alert(1)\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"picked-name\">Logotip društva</span>", html, StringComparison.Ordinal);
        Assert.Contains("nadomestno besedilo: Zelen zmaj", html, StringComparison.Ordinal);

        fields[fields.FindIndex(f => f.Key == "f.website.0.url")] = new("f.website.0.url", "https://zmaj.example.si");
        using var saved = await PostAsync(session, url, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edit = WebUtility.HtmlDecode(await session.GetPageAsync($"/umbraco/content/{key}/edit?culture=sl-SI"));
        Assert.Contains("value=\"https://zmaj.example.si\"", edit, StringComparison.Ordinal);
        Assert.Contains($"name=\"f.website.1.content\" value=\"{Udi.Document(office.Key)}\"", edit, StringComparison.Ordinal);
        Assert.Contains($"name=\"f.logo\" value=\"{logo}\"", edit, StringComparison.Ordinal);
        Assert.Matches("name=\"f.lastReviewed\" value=\"2026-05-04(T00:00)?\"", edit);
        Assert.Contains("value=\"Straža\" checked=\"checked\"", edit, StringComparison.Ordinal);
        Assert.Contains("name=\"f.confidentialLocation\" value=\"1\" checked=\"checked\"", edit, StringComparison.Ordinal);
        await using (var db = app.CreateDbContext())
        {
            var draft = ContentData.Deserialize((await db.Nodes.SingleAsync(n => n.Key == key)).DraftData);
            Assert.Contains(logo.ToString(), draft.Value("logo", string.Empty), StringComparison.Ordinal);
            Assert.Equal("2026-05-04 00:00:00", draft.Value("lastReviewed", string.Empty));
        }
    }

    [Fact]
    public async Task An_English_speaking_editor_gets_the_editor_in_English()
    {
        var (app, session) = await SignedInAsync(UserGroups.Editors, async app =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = (await users.FindByEmailAsync("oseba@example.si"))!;
            user.Culture = "en-US";
            await users.UpdateAsync(user);
        });
        using var _ = app;
        using var __ = session;
        var organisation = Organisation(app, 0);

        var html = WebUtility.HtmlDecode(await session.GetPageAsync($"/umbraco/content/create?parent={organisation.Key}&type=service"));

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.True(html.Contains(">Save and publish<", StringComparison.Ordinal), html[html.IndexOf("id=\"save\"", StringComparison.Ordinal)..][..600]);
        Assert.Contains(">Add block<", html, StringComparison.Ordinal);
        Assert.Contains("for all languages", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Shrani in objavi<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_only_en_US_leaves_the_Slovenian_draft_unpublished()
    {
        var (app, session) = await SignedInAsync(UserGroups.Editors);
        using var _ = app;
        using var __ = session;
        var service = app.Snapshot.ChildrenOf(Organisation(app, 0).Key).First();
        var slName = service.Name("sl-SI")!;
        var sl = $"/umbraco/content/{service.Key}/edit?culture=sl-SI";
        string before;
        await using (var db = app.CreateDbContext())
        {
            before = (await db.Nodes.SingleAsync(n => n.Key == service.Key)).DraftData;
        }

        using (var saved = await PostAsync(session, sl, await AllFieldsAsync(session, sl, ("Name", "Slovenski osnutek"), ("op", "save"))))
        {
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        }

        await using (var db = app.CreateDbContext())
        {
            // Saving the form untouched keeps every stored value as it was: nothing is lost on the way through the form.
            var after = ContentData.Deserialize((await db.Nodes.SingleAsync(n => n.Key == service.Key)).DraftData);
            var old = ContentData.Deserialize(before);
            Assert.Equal("Slovenski osnutek", after.Names["sl-SI"]);
            Assert.Equal(old.Values.Keys.Order(), after.Values.Keys.Order());
            foreach (var (alias, byCulture) in old.Values)
            {
                foreach (var (culture, value) in byCulture)
                {
                    Assert.True(Comparable(value) == Comparable(after.Value(alias, culture)), $"{alias}[{culture}]: {value} → {after.Value(alias, culture)}");
                }
            }
        }

        var en = $"/umbraco/content/{service.Key}/edit?culture=en-US";
        var enPage = await session.GetPageAsync(en);
        Assert.Contains("spremenjeno po objavi", WebUtility.HtmlDecode(enPage), StringComparison.Ordinal);
        using (var published = await PostAsync(session, en, await AllFieldsAsync(session, en, ("Name", "English only"), ("op", "publish"), ("PublishCultures", "en-US"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var live = app.Snapshot.Get(service.Key)!;
        Assert.Equal("English only", live.Name("en-US"));
        Assert.Equal(slName, live.Name("sl-SI"));
    }

    // A checkbox list comes back in the order of its configured items; the set of values is what must not change.
    private static string? Comparable(string? stored) =>
        stored is not null && stored.StartsWith("[\"", StringComparison.Ordinal)
            ? string.Join('|', System.Text.Json.JsonSerializer.Deserialize<string[]>(stored)!.Order(StringComparer.Ordinal))
            : stored;

    /// <summary>Every field of the form as the page renders it, with some replaced: what a browser would post.</summary>
    internal static async Task<List<KeyValuePair<string, string>>> AllFieldsAsync(BackOfficeSession session, string url, params (string Name, string Value)[] changes)
    {
        var html = await session.GetPageAsync(url);
        var form = html[html.IndexOf("<form method=\"post\" class=\"editor\"", StringComparison.Ordinal)..];
        form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match m in InputTag().Matches(form))
        {
            var tag = m.Value;
            var name = Attribute(tag, "name");
            var type = Attribute(tag, "type") ?? "text";
            if (name is null or "__RequestVerificationToken" || type is "submit" || ((type is "checkbox" or "radio") && !tag.Contains(" checked", StringComparison.Ordinal)))
            {
                continue;
            }

            fields.Add(new(name, WebUtility.HtmlDecode(Attribute(tag, "value") ?? string.Empty)));
        }

        foreach (Match m in TextareaTag().Matches(form))
        {
            fields.Add(new(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)));
        }

        foreach (Match m in SelectTag().Matches(form))
        {
            foreach (Match o in SelectedOption().Matches(m.Groups[2].Value))
            {
                fields.Add(new(m.Groups[1].Value, WebUtility.HtmlDecode(o.Groups[1].Value)));
            }
        }

        foreach (var (name, value) in changes)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        return fields;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("<input [^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("<textarea [^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>")]
    private static partial Regex TextareaTag();

    [GeneratedRegex("<select [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectTag();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected=\"selected\"")]
    private static partial Regex SelectedOption();

    [GeneratedRegex("name=\"Key\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex KeyField();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("name=\"TheirVersion\" value=\"(\\d+)\"")]
    private static partial Regex TheirVersionField();
}
