using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// A form posted after the session expired is kept for the account whose session it was, and for nobody else
/// (review B5): not for another editor signing in on the same browser, not for another editor's own session.
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
        const string Secret = "Besedilo, ki ga vidi samo avtor";

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
}
