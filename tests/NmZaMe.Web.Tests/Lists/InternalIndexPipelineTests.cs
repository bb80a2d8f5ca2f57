using System.Net;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using NmZaMe.Web.Tests.Media;

namespace NmZaMe.Web.Tests.Lists;

/// <summary>
/// Issue 14: a saved draft reaches the back office's index through the change pipeline (no re-reading on every search),
/// and the index survives a restart on the same data instead of being rebuilt; data changed behind its back means a rebuild.
/// </summary>
public sealed class InternalIndexPipelineTests
{
    [Fact]
    public async Task A_saved_draft_is_found_at_once_and_a_restart_on_the_same_data_reuses_the_back_office_index()
    {
        using var data = new TempDirectory();
        IReadOnlyDictionary<string, string?> settings;
        Guid key;
        using (var first = new CmsApplication(dataDirectory: data.Path))
        {
            await first.StartAsync();
            Assert.Contains(first.Logs, l => l.Message.StartsWith("Back-office index built", StringComparison.Ordinal));
            var service = first.Snapshot.All.First(c => c.ContentType.Alias == "service" && c.Name("sl-SI") is not null);
            key = service.Key;
            using var editor = await MediaTestHelpers.SignInAsync(first, "urednik@example.si", UserGroups.Editors);
            var url = $"/umbraco/content/{key}/edit?culture=sl-SI";
            var fields = await ContentEditorTests.AllFieldsAsync(editor, url, ("Name", "Zmajevo gnezdo podpore"), ("op", "save"));
            using (var saved = await editor.Client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", BackOfficeSession.Token(await editor.GetPageAsync(url)))))))
            {
                Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            }

            // Found by the draft's new name at once, though the site still shows the old one.
            Assert.Contains($"id=\"hit-{key}\"", await editor.GetPageAsync("/umbraco/search?q=zmajevo"), StringComparison.Ordinal);
            Assert.Equal(service.Name("sl-SI"), first.Snapshot.Get(key)!.Name("sl-SI"));
            settings = first.Settings;
        }

        using (var second = new CmsApplication(settings: new Dictionary<string, string?>(settings), dataDirectory: data.Path))
        {
            await second.StartAsync();
            Assert.Contains(second.Logs, l => l.Message.StartsWith("Back-office index reused from disk", StringComparison.Ordinal));
            Assert.DoesNotContain(second.Logs, l => l.Message.StartsWith("Back-office index built", StringComparison.Ordinal));
            using var editor = await MediaTestHelpers.SignInAsync(second, "urednik2@example.si", UserGroups.Editors);
            Assert.Contains($"id=\"hit-{key}\"", await editor.GetPageAsync("/umbraco/search?q=zmajevo"), StringComparison.Ordinal);

            // A change behind the pipeline's back (a script, a restored backup) must not leave the stamped index in use.
            await using var db = second.CreateDbContext();
            var node = await db.Nodes.SingleAsync(n => n.Key == key);
            var draft = ContentData.Deserialize(node.DraftData);
            draft.Names["sl-SI"] = "Kresničkin kotiček";
            node.DraftData = draft.Serialize();
            node.Version++;
            await db.SaveChangesAsync();
        }

        using var third = new CmsApplication(settings: new Dictionary<string, string?>(settings), dataDirectory: data.Path);
        await third.StartAsync();
        Assert.Contains(third.Logs, l => l.Message.StartsWith("Back-office index built", StringComparison.Ordinal));
        using var last = await MediaTestHelpers.SignInAsync(third, "urednik3@example.si", UserGroups.Editors);
        Assert.Contains($"id=\"hit-{key}\"", await last.GetPageAsync("/umbraco/search?q=kresnick"), StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"hit-{key}\"", await last.GetPageAsync("/umbraco/search?q=zmajevo"), StringComparison.Ordinal);
    }
}
