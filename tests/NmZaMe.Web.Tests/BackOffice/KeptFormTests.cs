using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Sessions;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.Nodes;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// A form posted after the session expired is kept for the account whose session it was, and for nobody else
/// (review B5): not for another editor signing in on the same browser, not for another editor's own session. It is
/// kept in the database, so another node or the same node after a restart gives it back.
/// </summary>
public sealed class KeptFormTests
{
    private const string Password = "modra-reka-krka-tece";

    /// <summary>The clock of the application, moved forward past the idle limit instead of waiting.</summary>
    private sealed class MovableClock : TimeProvider
    {
        public TimeSpan Ahead { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Ahead;
    }

    [Fact]
    public async Task A_form_posted_after_the_session_expired_is_offered_again_only_to_its_author()
    {
        var clock = new MovableClock();
        using var app = new CmsApplication(services: s => s.AddSingleton<TimeProvider>(clock));
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "avtor@example.si", Password, UserGroups.Editors);
        await BackOfficeSession.CreateUserAsync(app, "drugi@example.si", Password, UserGroups.Editors);
        var node = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation");
        var edit = $"/umbraco/content/{node.Key}/edit?culture=sl-SI";

        using var author = BackOfficeSession.Create(app);
        await author.SignInOkAsync("avtor@example.si", Password);
        var form = await author.GetPageAsync(edit);
        clock.Ahead = TimeSpan.FromMinutes(31);
        using var posted = await author.Client.PostAsync(edit, new FormUrlEncodedContent(
        [
            new("Key", node.Key.ToString()), new("Culture", "sl-SI"), new("Name", Secret), new("op", "save"),
            new("__RequestVerificationToken", BackOfficeSession.Token(form)),
        ]));
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Equal($"/umbraco/login?returnUrl={Uri.EscapeDataString(edit)}&notice=kept", posted.Headers.Location?.OriginalString);
        Assert.Contains("signin-notice", await author.GetPageAsync(posted.Headers.Location!.OriginalString), StringComparison.Ordinal);

        // Another editor signing in on the same browser, and in a session of their own, sees the stored item only.
        using var other = BackOfficeSession.Create(app);
        await author.SignInOkAsync("drugi@example.si", Password);
        Assert.DoesNotContain(Secret, await author.GetPageAsync(edit), StringComparison.Ordinal);
        await other.SignInOkAsync("drugi@example.si", Password);
        Assert.DoesNotContain(Secret, await other.GetPageAsync(edit), StringComparison.Ordinal);

        // The author gets the text back in the form, unsaved, with the notice; once.
        using var again = BackOfficeSession.Create(app);
        await again.SignInOkAsync("avtor@example.si", Password);
        var restored = await again.GetPageAsync(edit);
        Assert.Contains($"value=\"{Secret}\"", restored, StringComparison.Ordinal);
        Assert.Contains("Vaše neshranjene spremembe so obnovljene", restored, StringComparison.Ordinal);
        Assert.NotEqual(Secret, app.Snapshot.All.First(c => c.Key == node.Key).Name("sl-SI"));
        Assert.DoesNotContain(Secret, await again.GetPageAsync(edit), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_any_session_cookie_keeps_nothing_and_says_so()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var anonymous = BackOfficeSession.Create(app);
        var node = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation");
        using var posted = await anonymous.Client.PostAsync($"/umbraco/content/{node.Key}/edit", new FormUrlEncodedContent([new("Name", "x")]));
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.EndsWith("&notice=lost", posted.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_kept_by_one_node_is_restored_by_another_sealed_and_deleted_once_taken()
    {
        var clock = new MovableClock();
        using var cluster = await NodeCluster.CreateAsync();
        var a = cluster.Node(services: s => s.AddSingleton<TimeProvider>(clock));
        await a.StartAsync();
        // The nodes share the wall clock, so the session has ended on both.
        var b = cluster.Node(services: s => s.AddSingleton<TimeProvider>(clock));
        await b.StartAsync();
        await BackOfficeSession.CreateUserAsync(a, "avtor@example.si", Password, UserGroups.Editors);
        var node = a.Snapshot.All.First(c => c.ContentType.Alias == "organisation");
        var edit = $"/umbraco/content/{node.Key}/edit?culture=sl-SI";

        // One browser behind a load balancer: the post reaches node A, the sign-in and the form come from node B.
        var cookies = new CookieContainer();
        using var onA = new BackOfficeSession(a.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
        using var onB = new BackOfficeSession(b.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
        await onA.SignInOkAsync("avtor@example.si", Password);
        await PostAfterExpiryAsync(onA, clock, node.Key, edit);

        await using (var db = b.CreateDbContext())
        {
            var row = Assert.Single(await db.KeptForms.AsNoTracking().ToListAsync());
            Assert.DoesNotContain(Secret, Encoding.UTF8.GetString(row.Payload), StringComparison.Ordinal);
            Assert.DoesNotContain(node.Key.ToString(), row.Address, StringComparison.OrdinalIgnoreCase);
            Assert.InRange(row.ExpiresAt, clock.GetUtcNow().UtcDateTime.AddMinutes(59), clock.GetUtcNow().UtcDateTime.AddMinutes(61));
        }

        await onB.SignInOkAsync("avtor@example.si", Password);
        Assert.Contains($"value=\"{Secret}\"", await onB.GetPageAsync(edit), StringComparison.Ordinal);
        await using (var db = a.CreateDbContext())
        {
            Assert.Empty(await db.KeptForms.ToListAsync());
        }

        Assert.DoesNotContain(Secret, await onA.GetPageAsync(edit), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kept_form_survives_a_restart_and_one_nobody_came_back_for_is_deleted_after_an_hour()
    {
        using var data = new TempDirectory();
        var clock = new MovableClock();
        Guid key;
        string edit;
        IReadOnlyDictionary<string, string?> settings;
        using (var first = new CmsApplication(dataDirectory: data.Path, services: s => s.AddSingleton<TimeProvider>(clock)))
        {
            await first.StartAsync();
            await BackOfficeSession.CreateUserAsync(first, "avtor@example.si", Password, UserGroups.Editors);
            key = first.Snapshot.All.First(c => c.ContentType.Alias == "organisation").Key;
            edit = $"/umbraco/content/{key}/edit?culture=sl-SI";
            using var author = BackOfficeSession.Create(first);
            await author.SignInOkAsync("avtor@example.si", Password);
            await PostAfterExpiryAsync(author, clock, key, edit);
            settings = first.Settings;
        }

        var later = new MovableClock { Ahead = clock.Ahead };
        using var second = new CmsApplication(settings: new Dictionary<string, string?>(settings), dataDirectory: data.Path,
            services: s => s.AddSingleton<TimeProvider>(later));
        await second.StartAsync();
        using (var again = BackOfficeSession.Create(second))
        {
            await again.SignInOkAsync("avtor@example.si", Password);
            Assert.Contains($"value=\"{Secret}\"", await again.GetPageAsync(edit), StringComparison.Ordinal);
        }

        // Kept again, then not come back for: the hour passes and the cleanup deletes it.
        using var author2 = BackOfficeSession.Create(second);
        await author2.SignInOkAsync("avtor@example.si", Password);
        await PostAfterExpiryAsync(author2, later, key, edit);
        var store = second.Services.GetRequiredService<KeptFormStore>();
        Assert.Equal(0, await store.DeleteExpiredAsync(CancellationToken.None));
        later.Ahead += KeptFormStore.Lifetime;
        Assert.Equal(1, await store.DeleteExpiredAsync(CancellationToken.None));
        await using var db = second.CreateDbContext();
        Assert.Empty(await db.KeptForms.ToListAsync());
    }

    [Fact]
    public async Task A_new_items_form_comes_back_with_its_blocks_picks_and_key_not_only_the_fields_a_fresh_form_has()
    {
        var clock = new MovableClock();
        using var app = new CmsApplication(services: s => s.AddSingleton<TimeProvider>(clock));
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "avtor@example.si", Password, UserGroups.Editors);
        var organisation = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation");
        var challenge = Cms.Editors.Udi.Document(app.Snapshot.All.First(c => c.ContentType.Alias == "lifeChallenge").Key);
        var create = $"/umbraco/content/create?parent={organisation.Key}&type=service";
        var key = Guid.NewGuid();
        using var author = BackOfficeSession.Create(app);
        await author.SignInOkAsync("avtor@example.si", Password);
        var form = await author.GetPageAsync(create);
        clock.Ahead = TimeSpan.FromMinutes(31);
        using var posted = await author.Client.PostAsync(create, new FormUrlEncodedContent(
        [
            new("Key", key.ToString()), new("Culture", "sl-SI"), new("Name", "Nova storitev"), new("op", "save"),
            new("f.lifeChallenges", challenge),
            new("f.contacts.0.key", Guid.NewGuid().ToString()), new("f.contacts.0.type", app.Snapshot.Schema.GetContentType("contactPoint")!.Key.ToString()),
            new("f.contacts.0.label", "Dežurni telefon"), new("f.contacts.0.phone", "07 332 11 22"),
            new("__RequestVerificationToken", BackOfficeSession.Token(form)),
        ]));
        Assert.EndsWith("&notice=kept", posted.Headers.Location?.OriginalString, StringComparison.Ordinal);

        await author.SignInOkAsync("avtor@example.si", Password);
        var restored = WebUtility.HtmlDecode(await author.GetPageAsync(create));
        Assert.Contains("value=\"Dežurni telefon\"", restored, StringComparison.Ordinal);
        Assert.Contains("value=\"07 332 11 22\"", restored, StringComparison.Ordinal);
        Assert.Contains($"value=\"{challenge}\"", restored, StringComparison.Ordinal);
        Assert.Contains($"name=\"Key\" value=\"{key}\"", restored, StringComparison.Ordinal);
        Assert.Contains("Vaše neshranjene spremembe so obnovljene", restored, StringComparison.Ordinal);
    }

    private const string Secret = "Besedilo, ki ga vidi samo avtor";

    /// <summary>Opens the form, lets the idle limit pass and saves: the post is kept and the editor sent to sign in.</summary>
    private static async Task PostAfterExpiryAsync(BackOfficeSession session, MovableClock clock, Guid key, string edit)
    {
        var form = await session.GetPageAsync(edit);
        clock.Ahead += TimeSpan.FromMinutes(31);
        using var posted = await session.Client.PostAsync(edit, new FormUrlEncodedContent(
        [
            new("Key", key.ToString()), new("Culture", "sl-SI"), new("Name", Secret), new("op", "save"),
            new("__RequestVerificationToken", BackOfficeSession.Token(form)),
        ]));
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.EndsWith("&notice=kept", posted.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
