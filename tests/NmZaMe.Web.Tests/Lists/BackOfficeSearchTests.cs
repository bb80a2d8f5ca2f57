using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using NmZaMe.Web.Tests.Media;
using Xunit.Abstractions;

namespace NmZaMe.Web.Tests.Lists;

/// <summary>
/// The back office's search (issue 14): drafts are found by name and text, trashed items are marked, media by name and
/// alt text, and an organisation editor finds nothing outside their start node.
/// </summary>
public sealed class BackOfficeSearchTests(ITestOutputHelper output)
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task Drafts_trashed_items_and_media_are_found_within_the_start_nodes_only()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var snapshot = app.Snapshot;
        var organisations = snapshot.All.Where(c => c.ContentType.Alias == "organisation" && snapshot.ChildrenOf(c.Key).Length >= 2).OrderBy(c => c.Key).Take(2).ToList();
        var (mine, other) = (organisations[0], organisations[1]);
        var toTrash = snapshot.ChildrenOf(other.Key).OrderBy(c => c.Key).First();

        // A new draft (never published) under one organisation, found by a word of its name and by one of its text.
        var draftKey = Guid.NewGuid();
        var foreignKey = Guid.NewGuid();
        await using (var db = app.CreateDbContext())
        {
            var save = new SaveContent(db, snapshot.Schema, app.Services.GetRequiredService<ContentCommit>());
            Assert.True((await save.ExecuteAsync(new SaveContentCommand(draftKey, mine.Key, "service", new Dictionary<string, string> { ["sl-SI"] = "Zmajevo gnezdo podpore" },
                new Dictionary<string, IReadOnlyDictionary<string, string?>> { ["summary"] = new Dictionary<string, string?> { ["sl-SI"] = "Pomagamo pri ksilofonskih vajah." } }))).Succeeded);
            Assert.True((await save.ExecuteAsync(new SaveContentCommand(foreignKey, other.Key, "service", new Dictionary<string, string> { ["sl-SI"] = "Zmajevo gnezdo drugje" },
                new Dictionary<string, IReadOnlyDictionary<string, string?>>()))).Succeeded);
            Assert.True((await save.ExecuteAsync(new SaveContentCommand(toTrash.Key, other.Key, "service", new Dictionary<string, string> { ["sl-SI"] = "Kresničkin kotiček" },
                new Dictionary<string, IReadOnlyDictionary<string, string?>>()))).Succeeded);
            var trashed = await new TrashContent(db, app.Services.GetRequiredService<ContentCommit>()).ExecuteAsync(toTrash.Key, mayPublish: true, "test");
            Assert.True(trashed.Succeeded);
        }

        using var admin = await MediaTestHelpers.SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        using (await MediaTestHelpers.UploadAsync(admin, null, new Dictionary<string, string> { ["Items[0].Alt[inv]"] = "Zmajček na modrem", ["Items[0].Name"] = "Logotip društva" },
            new FormFile("Items[0].File", "logo.png", TestFiles.Png(2, 2))))
        {
        }

        var media = (await MediaTestHelpers.FindAsync(app, "Logotip društva"))!;
        Assert.Contains("action=\"/umbraco/search\"", await admin.GetPageAsync("/umbraco"), StringComparison.Ordinal);

        var byName = WebUtility.HtmlDecode(await admin.GetPageAsync("/umbraco/search?q=zmajevo"));
        Assert.Contains($"id=\"hit-{draftKey}\"", byName, StringComparison.Ordinal);
        Assert.Contains($"href=\"/umbraco/content/{draftKey}/edit\"", byName, StringComparison.Ordinal);
        Assert.Contains($"id=\"hit-{foreignKey}\"", byName, StringComparison.Ordinal);

        var byText = await admin.GetPageAsync("/umbraco/search?q=ksilofonske");
        Assert.Contains($"id=\"hit-{draftKey}\"", byText, StringComparison.Ordinal);

        // Folded and typed in part: "kresnick" finds "Kresničkin kotiček", in the recycle bin and marked so.
        var inTrash = await admin.GetPageAsync("/umbraco/search?q=kresnick");
        Assert.Contains($"id=\"hit-{toTrash.Key}\" class=\"trashed\"", inTrash, StringComparison.Ordinal);
        Assert.Contains($"href=\"/umbraco/recycle-bin/{toTrash.Key}/restore\"", inTrash, StringComparison.Ordinal);

        var byAlt = await admin.GetPageAsync("/umbraco/search?q=zmajcek");
        Assert.Contains($"id=\"hit-{media.Key}\"", byAlt, StringComparison.Ordinal);

        // An organisation editor limited to the first organisation: its draft, nothing of the other organisation.
        var id = await BackOfficeSession.CreateUserAsync(app, "drustvo@example.si", Password, UserGroups.OrganisationEditors);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            user.StartContentKey = mine.Key;
            await users.UpdateAsync(user);
        }

        using var limited = BackOfficeSession.Create(app);
        await limited.SignInOkAsync("drustvo@example.si", Password);
        var scoped = await limited.GetPageAsync("/umbraco/search?q=zmajevo");
        Assert.Contains($"id=\"hit-{draftKey}\"", scoped, StringComparison.Ordinal);
        Assert.DoesNotContain($"hit-{foreignKey}", scoped, StringComparison.Ordinal);
        Assert.DoesNotContain($"hit-{toTrash.Key}", await limited.GetPageAsync("/umbraco/search?q=kresnick"), StringComparison.Ordinal);
        // No media folder of their own: no media either (review B18).
        Assert.DoesNotContain($"hit-{media.Key}", await limited.GetPageAsync("/umbraco/search?q=zmajcek"), StringComparison.Ordinal);

        // Without a session the box's address asks for sign-in.
        using var anonymous = BackOfficeSession.Create(app);
        using var refused = await anonymous.Client.GetAsync("/umbraco/search?q=zmajevo");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        // The rebuild time for the seed, for the README's benchmark note.
        var built = app.Logs.Where(l => l.Message.StartsWith("Back-office index built", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(built);
        output.WriteLine(built[0].Message);
    }
}
