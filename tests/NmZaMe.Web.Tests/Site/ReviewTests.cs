using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Content;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.Tests.BackOffice;

namespace NmZaMe.Web.Tests.Site;

/// <summary>
/// "Checked" needs a contact channel of the entry's own: the engine refuses the date with a code, the back office says
/// why in the editor's language, and the site shows who checked. Each test writes only items it creates.
/// </summary>
public sealed class ReviewTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    private const string Date = "2026-11-20";

    [Fact]
    public async Task A_checked_date_on_a_service_without_contacts_of_its_own_is_refused_with_a_code()
    {
        var result = await SaveServiceAsync(Provider("Pisarna lokalne blaginje"), ("lastReviewed", Date));

        Assert.Equal(ContentOutcome.Invalid, result.Outcome);
        Assert.Equal(Review.WithoutContactChannel, result.Errors["lastReviewed"].Code);
    }

    [Theory]
    [InlineData("phone", "07 332 11 22")]
    [InlineData("email", "pomoc@example.si")]
    public async Task A_phone_or_an_e_mail_of_its_own_allows_the_date_and_the_site_shows_who_checked(string field, string value)
    {
        var key = Guid.NewGuid();
        var saved = await SaveServiceAsync(Provider("Pisarna lokalne blaginje"), key, ("lastReviewed", Date), ("contacts", Contacts((field, value))));
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Key + ": " + e.Value)));
        await PublishOkAsync(key);

        var html = await seed.GetHtmlAsync("/sl" + seed.App.Snapshot.Route(seed.App.Snapshot.Get(key)!, "sl-SI"));

        Assert.Contains("Preverjeno: <time datetime=\"2026-11-20\">20. 11. 2026</time> (Pisarna lokalne blaginje)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_street_address_counts_but_not_when_the_provider_is_confidential()
    {
        var open = await SaveServiceAsync(Provider("Pisarna lokalne blaginje"), ("lastReviewed", Date), ("locations", Location("Gubčeva ulica 15")));
        var secret = await SaveServiceAsync(Provider("Društvo življenje brez nasilja"), ("lastReviewed", Date), ("locations", Location("Skrivna ulica 7")));

        Assert.True(open.Succeeded, string.Join("; ", open.Errors.Select(e => e.Key + ": " + e.Value)));
        Assert.Equal(Review.WithoutContactChannel, secret.Errors["lastReviewed"].Code);
    }

    [Fact]
    public async Task A_date_an_import_left_on_an_entry_without_contacts_is_never_shown_and_cannot_be_renewed()
    {
        var provider = Provider("Pisarna lokalne blaginje");
        var key = Guid.NewGuid();
        Assert.True((await SaveServiceAsync(provider, key)).Succeeded);
        await PublishOkAsync(key);
        // As the uSync import may leave it (it does not apply the rule): a date in the draft and the published data.
        await using (var db = seed.App.CreateDbContext())
        {
            var node = db.Nodes.Single(n => n.Key == key);
            node.DraftData = WithDate(node.DraftData);
            node.PublishedData = WithDate(node.PublishedData!);
            await db.SaveChangesAsync();
        }

        await seed.App.Services.GetRequiredService<PublishedSnapshotService>().RefreshAsync([key]);
        var html = await seed.GetHtmlAsync("/sl" + seed.App.Snapshot.Route(seed.App.Snapshot.Get(key)!, "sl-SI"));
        // Editing anything else keeps the old date without a fuss; a new date is a new claim and is refused.
        var edited = await SaveServiceAsync(provider, key, ("cost", "[\"plačljivo\"]"));
        var renewed = await SaveServiceAsync(provider, key, ("lastReviewed", "2026-12-01"));

        Assert.NotNull(SiteContextDate(seed.App.Snapshot.Get(key)!));
        Assert.DoesNotContain("class=\"verified\"", html, StringComparison.Ordinal);
        Assert.Contains("next-step-provider", html, StringComparison.Ordinal);
        Assert.True(edited.Succeeded, string.Join("; ", edited.Errors.Select(e => e.Key + ": " + e.Value)));
        Assert.True((await PublishAsync(key)).Succeeded);
        Assert.Equal(Review.WithoutContactChannel, renewed.Errors["lastReviewed"].Code);
    }

    [Fact]
    public async Task Removing_the_only_contact_keeps_the_draft_but_publishing_the_new_date_without_it_is_refused()
    {
        var provider = Provider("Pisarna lokalne blaginje");
        var key = Guid.NewGuid();
        Assert.True((await SaveServiceAsync(provider, key, ("lastReviewed", Date), ("contacts", Contacts(("phone", "07 332 11 22"))))).Succeeded);

        var removed = await SaveServiceAsync(provider, key, ("contacts", ""));
        var published = await PublishAsync(key);

        Assert.True(removed.Succeeded);
        Assert.Equal(Review.WithoutContactChannel, published.Errors["lastReviewed"].Code);
    }

    [Fact]
    public async Task The_reviewer_is_named_from_the_picker_and_can_be_recorded_from_code()
    {
        var key = Guid.NewGuid();
        var csd = seed.App.Snapshot.All.First(c => c.ContentType.Alias == "organisation" && (c.Name("sl-SI") ?? "").StartsWith("CSD", StringComparison.Ordinal));
        var saved = await SaveServiceAsync(Provider("Pisarna lokalne blaginje"), key, ("contacts", Contacts(("phone", "07 332 11 22"))));
        Assert.True(saved.Succeeded);
        await using (var db = seed.App.CreateDbContext())
        {
            var node = db.Nodes.Single(n => n.Key == key);
            var draft = ContentData.Deserialize(node.DraftData);
            ReviewRule.Record(draft, new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc), csd.Key);
            node.DraftData = draft.Serialize();
            await db.SaveChangesAsync();
        }

        await PublishOkAsync(key);
        var html = await seed.GetHtmlAsync("/en" + seed.App.Snapshot.Route(seed.App.Snapshot.Get(key)!, "en-US"));

        Assert.Matches("Checked: <time datetime=\"2026-12-01\">1 December 2026</time> by (<span lang=\"sl\">)?" + System.Text.RegularExpressions.Regex.Escape(csd.Name("en-US") ?? csd.Name("sl-SI")!), html);
    }

    [Fact]
    public async Task The_back_office_explains_the_refusal_in_the_editors_language()
    {
        var organisation = Provider("Pisarna lokalne blaginje");
        await BackOfficeSession.CreateUserAsync(seed.App, "urednica@example.si", "modra-reka-krka-tece", UserGroups.Editors);
        using var session = BackOfficeSession.Create(seed.App);
        await session.SignInOkAsync("urednica@example.si", "modra-reka-krka-tece");
        var url = $"/umbraco/content/create?parent={organisation}&type=service";
        List<KeyValuePair<string, string>> fields =
        [
            new("Key", Guid.NewGuid().ToString()), new("Culture", "sl-SI"), new("Name", "Preverjena brez stika"), new("op", "save"),
            new("f.summary", "Brez telefona."), new("f.cost", "brezplačno"), new("f.status", "aktivna"), new("f.lastReviewed", Date),
        ];

        using var slovenian = await session.SubmitAsync(url, fields);
        var html = WebUtility.HtmlDecode(await slovenian.Content.ReadAsStringAsync());
        using var english = await session.SubmitAsync("/umbraco/account/language", [new("Culture", "en-US")]);
        using var again = await session.SubmitAsync(url, fields);
        var englishHtml = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync());

        Assert.Contains(ContentErrors.Slovenian[Review.WithoutContactChannel], html, StringComparison.Ordinal);
        Assert.Contains("A checked date can only be set on an entry with a phone, e-mail or street address of its own.", englishHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_code_has_words_in_both_languages()
    {
        var english = new BackOfficeDictionary().English;

        Assert.All(ContentErrors.Slovenian, e => Assert.True(english.ContainsKey(e.Value), $"no English for {e.Key}"));
        Assert.Contains(Review.WithoutContactChannel, ContentErrors.Slovenian.Keys);
    }

    private static string WithDate(string stored)
    {
        var data = ContentData.Deserialize(stored);
        data.SetValue(Review.LastReviewed, string.Empty, "2026-11-20 00:00:00");
        return data.Serialize();
    }

    private static DateTime? SiteContextDate(PublishedContent content) => content.Value(Review.LastReviewed, string.Empty) as DateTime?;

    private Guid Provider(string name) =>
        seed.App.Snapshot.All.First(c => c.ContentType.Alias == "organisation" && c.Name("sl-SI") == name).Key;

    private Task<ContentResult> SaveServiceAsync(Guid provider, params (string Alias, string Value)[] values) => SaveServiceAsync(provider, Guid.NewGuid(), values);

    private async Task<ContentResult> SaveServiceAsync(Guid provider, Guid key, params (string Alias, string Value)[] values)
    {
        await using var db = seed.App.CreateDbContext();
        var all = new Dictionary<string, IReadOnlyDictionary<string, string?>>
        {
            ["summary"] = new Dictionary<string, string?> { ["sl-SI"] = "Preizkus.", ["en-US"] = "A test." },
            ["cost"] = new Dictionary<string, string?> { [""] = "[\"brezplačno\"]" },
            ["status"] = new Dictionary<string, string?> { [""] = "[\"aktivna\"]" },
            ["lifeChallenges"] = new Dictionary<string, string?> { [""] = Udi.Document(seed.Find("lifeChallenge", "Starost in oskrba")) },
        };
        foreach (var (alias, value) in values)
        {
            all[alias] = new Dictionary<string, string?> { [""] = value };
        }

        return await new SaveContent(db, seed.App.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(key, provider, "service",
            new Dictionary<string, string> { ["sl-SI"] = "Preizkusna storitev " + key.ToString("N")[..6], ["en-US"] = "Test service " + key.ToString("N")[..6] }, all));
    }

    private async Task PublishOkAsync(Guid key)
    {
        var result = await PublishAsync(key);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Key + ": " + e.Value)));
    }

    private async Task<ContentResult> PublishAsync(Guid key)
    {
        await using var db = seed.App.CreateDbContext();
        return await new PublishContent(db, seed.App.Snapshot.Schema, seed.App.Services.GetRequiredService<ContentCommit>()).ExecuteAsync(key, ["sl-SI", "en-US"]);
    }

    private string Contacts(params (string Alias, string Value)[] values) =>
        Block("contactPoint", [("label", "Dežurni telefon"), .. values]);

    private string Location(string street) => Block("serviceLocation", [("name", "Pisarna"), ("street", street), ("city", "Novo mesto")]);

    private string Block(string elementType, (string Alias, string Value)[] values)
    {
        var type = seed.App.Snapshot.Schema.GetContentType(elementType)!.Key;
        var key = Guid.NewGuid();
        var fields = string.Join(", ", values.Select(v => $"{{\"editorAlias\": \"Umbraco.TextBox\", \"culture\": null, \"segment\": null, \"alias\": \"{v.Alias}\", \"value\": \"{v.Value}\"}}"));
        return $"{{\"layout\": {{\"Umbraco.BlockList\": [{{\"contentKey\": \"{key}\", \"settingsKey\": null}}]}}, \"contentData\": [{{\"contentTypeKey\": \"{type}\", \"udi\": null, \"key\": \"{key}\", \"values\": [{fields}]}}], \"settingsData\": [], \"expose\": [{{\"contentKey\": \"{key}\", \"culture\": null, \"segment\": null}}]}}";
    }
}
