using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>The split view: a form kept after an expired session, and texts of nested blocks (opening hours of a location).</summary>
public sealed partial class SplitViewTests
{
    [Fact]
    public async Task A_split_form_posted_after_the_session_expired_comes_back_with_both_columns()
    {
        var clock = new MovableClock();
        using var usync = TestUSync.Full();
        using var app = new CmsApplication(usync.Folder, services: s => s.AddSingleton<TimeProvider>(clock));
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "avtor@example.si", Password, UserGroups.Editors);
        using var author = BackOfficeSession.Create(app);
        await author.SignInOkAsync("avtor@example.si", Password);
        var (service, url) = await ServiceWithContactsAsync(app, author);
        var fields = await ContentEditorTests.AllFieldsAsync(author, url, ("Name", "Slovensko, neshranjeno"), ("OtherName", "English, unsaved"),
            ("x.contacts.0.label", "Kept label"), ("op", "save"));
        var before = await NodeAsync(app, service);
        var token = BackOfficeSession.Token(await author.GetPageAsync(url));
        clock.Ahead = TimeSpan.FromMinutes(31);
        using (var posted = await author.Client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)).ToList())))
        {
            Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
            Assert.Contains(Uri.EscapeDataString(url), posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var again = BackOfficeSession.Create(app);
        await again.SignInOkAsync("avtor@example.si", Password);
        var restored = WebUtility.HtmlDecode(await again.GetPageAsync(url));
        Assert.Contains("Vaše neshranjene spremembe so obnovljene", restored, StringComparison.Ordinal);
        Assert.Contains("value=\"Slovensko, neshranjeno\"", restored, StringComparison.Ordinal);
        Assert.Contains("value=\"English, unsaved\"", restored, StringComparison.Ordinal);
        Assert.Contains("value=\"Kept label\"", restored, StringComparison.Ordinal);
        Assert.Equal(before.Version, (await NodeAsync(app, service)).Version);
    }

    [Fact]
    public async Task Texts_of_nested_blocks_are_saved_per_culture()
    {
        using var usync = TestUSync.Full();
        using var app = new CmsApplication(usync.Folder);
        await app.StartAsync();
        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var (service, url) = await ServiceWithContactsAsync(app, admin, "name=\"x.locations.0.openingHours.0.note\"");
        var old = ContentData.Deserialize((await NodeAsync(app, service)).DraftData);
        using (var saved = await PostAsync(admin, url, await ContentEditorTests.AllFieldsAsync(admin, url,
                   ("x.locations.0.name", "Day centre, entrance B"), ("f.locations.0.openingHours.0.note", "Po dogovoru"),
                   ("x.locations.0.openingHours.0.note", "By appointment"), ("op", "save"))))
        {
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        }

        var draft = ContentData.Deserialize((await NodeAsync(app, service)).DraftData);
        var locations = draft.Value("locations", string.Empty)!;
        Assert.Equal("Day centre, entrance B", BlockText(locations, 0, "name", "en-US"));
        Assert.Equal(BlockText(old.Value("locations", string.Empty)!, 0, "name", "sl-SI"), BlockText(locations, 0, "name", "sl-SI"));
        var root = System.Text.Json.Nodes.JsonNode.Parse(locations)!;
        var hours = root["contentData"]![0]!["values"]!.AsArray().First(v => v!["alias"]!.GetValue<string>() == "openingHours")!["value"]!.ToJsonString();
        Assert.Equal("Po dogovoru", BlockText(hours, 0, "note", "sl-SI"));
        Assert.Equal("By appointment", BlockText(hours, 0, "note", "en-US"));
    }

    /// <summary>The application's clock, moved past the idle limit instead of waiting.</summary>
    private sealed class MovableClock : TimeProvider
    {
        public TimeSpan Ahead { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Ahead;
    }
}
