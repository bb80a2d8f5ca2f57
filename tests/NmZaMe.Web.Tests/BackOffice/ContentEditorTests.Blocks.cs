using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>Block texts edited one language at a time, with the values all languages share marked as such.</summary>
public sealed partial class ContentEditorTests
{
    [Fact]
    public async Task A_translator_writes_a_contacts_english_label_without_touching_the_slovenian_one_and_shared_values_are_marked()
    {
        var (app, session) = await SignedInAsync(UserGroups.Editors);
        using var _ = app;
        using var __ = session;
        var service = app.Snapshot.All.First(c => c.ContentType.Alias == "service" && c.Name("sl-SI") == "Svetovalnica za žrtve nasilja");
        var en = $"/umbraco/content/{service.Key}/edit?culture=en-US";
        var sl = $"/umbraco/content/{service.Key}/edit?culture=sl-SI";

        var english = WebUtility.HtmlDecode(await session.GetPageAsync(en));
        // The seed carries an English label next to the Slovenian one; the translator rewrites it.
        Assert.Contains("name=\"f.contacts.0.label\" value=\"Police\"", english, StringComparison.Ordinal);
        Assert.Contains("name=\"f.contacts.0.phone\" value=\"113\"", english, StringComparison.Ordinal);
        Assert.Contains("for=\"fld-f-contacts-0-phone\">Telefon<span class=\"invariant\"> · za vse jezike</span></label>", english, StringComparison.Ordinal);
        Assert.Contains("for=\"fld-f-contacts-0-label\">Oznaka</label>", english, StringComparison.Ordinal);
        Assert.Contains("bloki za vse jezike, besedila po jezikih", english, StringComparison.Ordinal);

        using (var published = await PostAsync(session, en, await AllFieldsAsync(session, en, ("f.contacts.0.label", "Police, emergency"), ("op", "publish"), ("PublishCultures", "en-US"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        Assert.Contains("name=\"f.contacts.0.label\" value=\"Policija\"", WebUtility.HtmlDecode(await session.GetPageAsync(sl)), StringComparison.Ordinal);
        Assert.Contains("name=\"f.contacts.0.label\" value=\"Police, emergency\"", WebUtility.HtmlDecode(await session.GetPageAsync(en)), StringComparison.Ordinal);

        // The Slovenian form sends Slovenian texts only; the English label written meanwhile stays.
        using (var saved = await PostAsync(session, sl, await AllFieldsAsync(session, sl, ("f.contacts.0.label", "Policijska uprava"), ("f.contacts.0.phone", "113 "), ("op", "save"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        await using (var db = app.CreateDbContext())
        {
            var contacts = ContentData.Deserialize((await db.Nodes.SingleAsync(n => n.Key == service.Key)).DraftData).Value("contacts", string.Empty)!;
            Assert.Contains("\"culture\":\"sl-SI\",\"segment\":null,\"alias\":\"label\",\"value\":\"Policijska uprava\"", contacts, StringComparison.Ordinal);
            Assert.Contains("\"culture\":\"en-US\",\"segment\":null,\"alias\":\"label\",\"value\":\"Police, emergency\"", contacts, StringComparison.Ordinal);
        }

        var client = app.CreateClient();
        var live = app.Snapshot.Get(service.Key)!;
        Assert.Contains("<span class=\"contact-label\">Police, emergency</span>", WebUtility.HtmlDecode(await client.GetStringAsync("/en" + app.Snapshot.Route(live, "en-US"))), StringComparison.Ordinal);
        Assert.Contains("<span class=\"contact-label\">Policija</span>", WebUtility.HtmlDecode(await client.GetStringAsync("/sl" + app.Snapshot.Route(live, "sl-SI"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_block_added_in_slovenian_is_noted_as_not_yet_shown_in_english_until_saved_there()
    {
        var (app, session) = await SignedInAsync(UserGroups.Editors);
        using var _ = app;
        using var __ = session;
        var service = app.Snapshot.All.First(c => c.ContentType.Alias == "service" && c.Name("sl-SI") == "Svetovalnica za žrtve nasilja");
        var en = $"/umbraco/content/{service.Key}/edit?culture=en-US";
        var sl = $"/umbraco/content/{service.Key}/edit?culture=sl-SI";
        var contact = app.Snapshot.Schema.GetContentType("contactPoint")!.Key.ToString();

        var fields = await AllFieldsAsync(session, sl, ("f.contacts.1.key", Guid.NewGuid().ToString()), ("f.contacts.1.type", contact),
            ("f.contacts.1.label", "Dežurna služba"), ("f.contacts.1.phone", "07 39 39 233"), ("op", "save"));
        using (var saved = await PostAsync(session, sl, fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        const string note = "Ta blok v tem jeziku še ni prikazan.";
        var english = WebUtility.HtmlDecode(await session.GetPageAsync(en));
        Assert.Contains("name=\"f.contacts.1.phone\" value=\"07 39 39 233\"", english, StringComparison.Ordinal);
        Assert.Equal(1, english.Split(note).Length - 1);

        using (var saved = await PostAsync(session, en, await AllFieldsAsync(session, en, ("op", "save"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.DoesNotContain(note, WebUtility.HtmlDecode(await session.GetPageAsync(en)), StringComparison.Ordinal);
        Assert.Contains("name=\"f.contacts.1.label\" value=\"Dežurna služba\"", WebUtility.HtmlDecode(await session.GetPageAsync(sl)), StringComparison.Ordinal);
    }
}
