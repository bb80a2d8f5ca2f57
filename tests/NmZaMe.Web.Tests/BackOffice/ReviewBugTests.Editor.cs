using System.Net;
using Microsoft.EntityFrameworkCore;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>Review bugs in the content editor: publishing cultures (B2), picker types (B3), picker search (B8).</summary>
public sealed partial class ReviewBugTests
{
    private static async Task<HttpResponseMessage> PostFormAsync(BackOfficeSession session, string url, List<KeyValuePair<string, string>> fields)
    {
        var token = BackOfficeSession.Token(await session.GetPageAsync("/umbraco/account/password"));
        return await session.Client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    private static string VersionOf(string html) => System.Text.RegularExpressions.Regex.Match(html, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;

    [Fact]
    public async Task B2_publishing_an_empty_second_culture_names_that_cultures_errors_and_never_marks_the_filled_fields()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var violence = OfType(app, "lifeChallenge").First(c => c.Name("sl-SI") == "Nasilje");
        var parent = app.Snapshot.All.First(c => app.Snapshot.ChildrenOf(c.Key).Any(x => x.Key == violence.Key)).Key;
        using var editor = await EditorAsync(app);
        var create = $"/umbraco/content/create?parent={parent}&type=lifeChallenge";

        // The create page offers only the culture being written ("other languages after the first save").
        var form = await editor.GetPageAsync(create);
        Assert.Contains("id=\"publish-sl-SI\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"publish-en-US\"", form, StringComparison.Ordinal);

        var key = Guid.NewGuid();
        List<KeyValuePair<string, string>> Fields(string op) =>
        [
            new("Key", key.ToString()), new("Culture", "sl-SI"), new("Name", "Brezdomstvo"), new("f.summary", "Ko nimate kje spati."),
            new("op", op), new("PublishCultures", "sl-SI"), new("PublishCultures", "en-US"),
        ];

        // A new item whose publish fails continues on its edit page: the draft exists, and the page says so once.
        using var created = await PostFormAsync(editor, create, Fields("publish"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/umbraco/content/{key}/edit?culture=sl-SI", created.Headers.Location?.OriginalString);
        var edit = WebUtility.HtmlDecode(await editor.GetPageAsync(created.Headers.Location!.OriginalString));
        Assert.Contains("Osnutek je shranjen, objava pa ni uspela.", edit, StringComparison.Ordinal);
        Assert.DoesNotContain("Vsebina ni shranjena", edit, StringComparison.Ordinal);

        // Publishing both cultures of the existing draft: en-US has no name or summary; sl-SI is complete.
        var both = Fields("publish");
        both.Add(new("Version", VersionOf(edit)));
        using var failed = await PostFormAsync(editor, $"/umbraco/content/{key}/edit?culture=sl-SI", both);
        var html = WebUtility.HtmlDecode(await failed.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Contains("Osnutek je shranjen, objava pa ni uspela. Popravite naslednje:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Vsebina ni shranjena", html, StringComparison.Ordinal);
        Assert.Contains("en-US · Ime: Ime je obvezno.", html, StringComparison.Ordinal);
        Assert.Contains("en-US · ", html[html.IndexOf("id=\"error-summary\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"fld-name-err\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"fld-f-summary-err\"", html, StringComparison.Ordinal);
        Assert.Null(app.Snapshot.Get(key));
    }

    [Fact]
    public async Task B3_pickers_refuse_items_of_types_their_data_type_does_not_allow()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await EditorAsync(app);
        using (var uploaded = await Media.MediaTestHelpers.UploadAsync(editor, null, new Dictionary<string, string> { ["Items[0].Name"] = "Cenik PDF", ["Items[1].Name"] = "Logotip PNG", ["Items[1].Alt[inv]"] = "Logotip" },
            new FormFile("Items[0].File", "cenik.pdf", TestFiles.Pdf(), "application/pdf"), new FormFile("Items[1].File", "logo.png", TestFiles.Png(2, 2), "image/png")))
        {
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }

        var pdf = (await Media.MediaTestHelpers.FindAsync(app, "Cenik PDF"))!.Key;
        var png = (await Media.MediaTestHelpers.FindAsync(app, "Logotip PNG"))!.Key;
        var organisation = OfType(app, "organisation").First();
        var service = OfType(app, "service").First();
        var other = OfType(app, "service").Skip(1).First();
        var url = $"/umbraco/content/{organisation.Key}/edit?culture=sl-SI";
        var page = WebUtility.HtmlDecode(await editor.GetPageAsync(url));

        // The Image Media Picker's panel offers images only (a PDF is listed but cannot be picked) ...
        var panel = await Media.MediaPickerTests.OpAsync(editor, url, "mediaopen|f.logo");
        Assert.Matches($"value=\"mediapick\\|f\\.logo\\|{png}\"[^>]*class=\"media-choice\">", panel);
        Assert.Matches($"value=\"mediapick\\|f\\.logo\\|{pdf}\"[^>]*disabled=\"disabled\"", panel);

        // ... and the server refuses a PDF posted anyway, and a service where life challenges are picked.
        List<KeyValuePair<string, string>> Logo(Guid media, string version) =>
            [new("Key", organisation.Key.ToString()), new("Culture", "sl-SI"), new("Name", organisation.Name("sl-SI")!), new("Version", version), new("op", "save"), new("f.logo", media.ToString())];
        using var refused = await PostFormAsync(editor, url, Logo(pdf, VersionOf(page)));
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var serviceUrl = $"/umbraco/content/{service.Key}/edit?culture=sl-SI";
        var servicePage = await editor.GetPageAsync(serviceUrl);
        using var wrongChallenge = await PostFormAsync(editor, serviceUrl,
            [new("Key", service.Key.ToString()), new("Culture", "sl-SI"), new("Name", service.Name("sl-SI")!), new("Version", VersionOf(servicePage)), new("op", "save"),
             new("f.lifeChallenges", NmZaMe.Cms.Editors.Udi.Document(other.Key))]);
        using var accepted = await PostFormAsync(editor, url, Logo(png, VersionOf(page)));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Izbrana datoteka ali vsebina ni vrste, ki jo to polje sprejme.", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"fld-f-logo-err\"", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, wrongChallenge.StatusCode);
        Assert.Contains("Izbrana datoteka ali vsebina ni vrste, ki jo to polje sprejme.", WebUtility.HtmlDecode(await wrongChallenge.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.Contains(png.ToString(), (await db.Nodes.SingleAsync(n => n.Key == organisation.Key)).DraftData, StringComparison.Ordinal);
    }

    [Fact]
    public async Task B8_picker_search_is_empty_after_a_pick_and_keeps_the_query_while_searching()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var service = OfType(app, "service").First();
        var violence = OfType(app, "lifeChallenge").First(c => c.Name("sl-SI") == "Nasilje");
        using var editor = await EditorAsync(app);
        var url = $"/umbraco/content/{service.Key}/edit?culture=sl-SI";
        List<KeyValuePair<string, string>> Fields(string op) =>
            [new("Key", service.Key.ToString()), new("Culture", "sl-SI"), new("Name", service.Name("sl-SI")!), new("op", op), new("f.lifeChallenges.q", "nasil")];

        using var searched = await PostFormAsync(editor, url, Fields("search|f.lifeChallenges"));
        using var picked = await PostFormAsync(editor, url, Fields($"pick|f.lifeChallenges|{NmZaMe.Cms.Editors.Udi.Document(violence.Key)}"));

        Assert.Contains("name=\"f.lifeChallenges.q\" value=\"nasil\"", await searched.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("name=\"f.lifeChallenges.q\" value=\"\"", await picked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
