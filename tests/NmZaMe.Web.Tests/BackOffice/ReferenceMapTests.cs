using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.Media;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// Issue 14: "referenced by" on the item page and the warning before trashing (B17) come from the reference map, which
/// the change pipeline keeps current after every commit, a saved draft included; no text search per page open.
/// </summary>
public sealed class ReferenceMapTests
{
    [Fact]
    public async Task Referenced_by_and_the_trash_warning_follow_a_saved_draft_through_the_reference_map()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var snapshot = app.Snapshot;
        var challenge = snapshot.All.First(c => c.ContentType.Alias == "lifeChallenge");
        var udi = Udi.Document(challenge.Key);
        var service = snapshot.All.First(c => c.ContentType.Alias == "service" && c.Name("sl-SI") is not null
            && !app.Services.GetRequiredService<ReferenceMap>().ReferrersOf([challenge.Key]).Contains(c.Key));
        using var editor = await MediaTestHelpers.SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        var url = $"/umbraco/content/{service.Key}/edit?culture=sl-SI";
        var link = $"href=\"/umbraco/content/{service.Key}";

        await SaveAsync(editor, url, ("f.lifeChallenges", udi));
        Assert.Contains(service.Key, app.Services.GetRequiredService<ReferenceMap>().ReferrersOf([challenge.Key]));
        var info = await editor.GetPageAsync($"/umbraco/content/{challenge.Key}/edit");
        Assert.Contains("id=\"referenced-by\"", info, StringComparison.Ordinal);
        Assert.Contains(link + "/edit\"", info, StringComparison.Ordinal);
        Assert.Contains(link + "\"", await editor.GetPageAsync($"/umbraco/content/{challenge.Key}/trash"), StringComparison.Ordinal);

        // The draft no longer picks it: the map forgets at once.
        await SaveAsync(editor, url, ("f.lifeChallenges", string.Empty));
        Assert.DoesNotContain(service.Key, app.Services.GetRequiredService<ReferenceMap>().ReferrersOf([challenge.Key]));
        Assert.DoesNotContain(link + "/edit\"", await editor.GetPageAsync($"/umbraco/content/{challenge.Key}/edit"), StringComparison.Ordinal);
    }

    private static async Task SaveAsync(BackOfficeSession session, string url, (string Name, string Value) change)
    {
        var fields = await ContentEditorTests.AllFieldsAsync(session, url, change, ("op", "save"));
        fields.Add(new("__RequestVerificationToken", BackOfficeSession.Token(await session.GetPageAsync(url))));
        using var response = await session.Client.PostAsync(url, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
