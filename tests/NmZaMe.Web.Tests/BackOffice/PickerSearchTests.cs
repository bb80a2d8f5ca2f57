using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// Issue 14, "pickers that search server-side and page": a content picker's search reaches every match page by page,
/// and a link's "content on this site" is searched by name instead of a select of every document (review §1, row 9:
/// 204 options a link row).
/// </summary>
public sealed partial class PickerSearchTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task A_content_pickers_search_shows_every_match_page_by_page()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        int organisations;
        await using (var db = app.CreateDbContext())
        {
            organisations = await db.Nodes.CountAsync(n => n.ContentTypeAlias == "organisation" && n.Kind == ContentKind.Document && !n.Trashed);
        }

        Assert.True(organisations > 25, $"the seed has only {organisations} organisations; the test needs more than a page");
        var service = app.Snapshot.All.First(c => c.ContentType.Alias == "service");
        using var editor = await EditorAsync(app);
        var url = $"/umbraco/content/{service.Key}/edit?culture=sl-SI";
        List<KeyValuePair<string, string>> Fields(string op) =>
            [new("Key", service.Key.ToString()), new("Culture", "sl-SI"), new("Name", service.Name("sl-SI")!), new("op", op), new("f.reviewedBy.q", "")];

        var first = await PostAsync(editor, url, Fields("search|f.reviewedBy"));
        var second = await PostAsync(editor, url, Fields("search|f.reviewedBy|1"));
        var last = await PostAsync(editor, url, Fields($"search|f.reviewedBy|{(organisations - 1) / 25}"));

        Assert.Equal(25, Values(first, "pick|f.reviewedBy|").Count);
        Assert.Contains("value=\"search|f.reviewedBy|1\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"search|f.reviewedBy|-1\"", first, StringComparison.Ordinal);
        Assert.Contains("value=\"search|f.reviewedBy|0\"", second, StringComparison.Ordinal);
        Assert.Empty(Values(first, "pick|f.reviewedBy|").Intersect(Values(second, "pick|f.reviewedBy|")));
        Assert.DoesNotContain($"value=\"search|f.reviewedBy|{(organisations - 1) / 25 + 1}\"", last, StringComparison.Ordinal);
        var all = new HashSet<string>();
        for (var page = 0; page <= (organisations - 1) / 25; page++)
        {
            all.UnionWith(Values(await PostAsync(editor, url, Fields($"search|f.reviewedBy|{page}")), "pick|f.reviewedBy|"));
        }

        Assert.Equal(organisations, all.Count);
    }

    [Fact]
    public async Task A_link_to_content_on_this_site_is_searched_and_picked_not_chosen_from_every_document()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var organisation = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation");
        var target = app.Snapshot.All.First(c => c.ContentType.Alias == "service" && c.Name("sl-SI")!.Length > 8);
        var query = target.Name("sl-SI")![..8];
        using var editor = await EditorAsync(app);
        var url = $"/umbraco/content/{organisation.Key}/edit?culture=sl-SI";
        List<KeyValuePair<string, string>> Fields(string op, string content = "") =>
        [
            new("Key", organisation.Key.ToString()), new("Culture", "sl-SI"), new("Name", organisation.Name("sl-SI")!), new("op", op),
            new("f.website.0.name", "Naša storitev"), new("f.website.0.url", ""), new("f.website.0.content", content), new("f.website.0.q", query),
        ];

        var added = await PostAsync(editor, url, [new("Key", organisation.Key.ToString()), new("Culture", "sl-SI"), new("Name", organisation.Name("sl-SI")!), new("op", "addlink|f.website")]);
        Assert.Contains("value=\"linksearch|f.website|0\"", added, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"umb://document/", added, StringComparison.Ordinal);

        var searched = await PostAsync(editor, url, Fields("linksearch|f.website|0"));
        var udi = Udi.Document(target.Key);
        Assert.Contains($"value=\"linkpick|f.website|0,{udi}\"", searched, StringComparison.Ordinal);
        Assert.All(Picks(searched, "linkpick|f.website|0,"), p => Assert.Contains(query, p, StringComparison.OrdinalIgnoreCase));

        var picked = await PostAsync(editor, url, Fields($"linkpick|f.website|0,{udi}"));
        Assert.Contains($"name=\"f.website.0.content\" value=\"{udi}\"", picked, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"picked-name\">{target.Name("sl-SI")}</span>", picked, StringComparison.Ordinal);
        Assert.Contains("value=\"linkclear|f.website|0\"", picked, StringComparison.Ordinal);

        var cleared = await PostAsync(editor, url, Fields("linkclear|f.website|0", udi));
        Assert.Contains("name=\"f.website.0.content\" value=\"\"", cleared, StringComparison.Ordinal);

        var saved = await editor.Client.PostAsync(url, new FormUrlEncodedContent(Fields("save", udi).Append(new("Version", VersionOf(await editor.GetPageAsync(url))))
            .Append(new("__RequestVerificationToken", BackOfficeSession.Token(await editor.GetPageAsync("/umbraco/account/password"))))));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = app.CreateDbContext();
        var draft = ContentData.Deserialize((await db.Nodes.SingleAsync(n => n.Key == organisation.Key)).DraftData);
        Assert.Contains(target.Key.ToString(), draft.Value("website", string.Empty), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<BackOfficeSession> EditorAsync(CmsApplication app)
    {
        await BackOfficeSession.CreateUserAsync(app, "urednik@example.si", Password, UserGroups.Editors);
        var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("urednik@example.si", Password);
        return session;
    }

    private static async Task<string> PostAsync(BackOfficeSession session, string url, List<KeyValuePair<string, string>> fields)
    {
        var token = BackOfficeSession.Token(await session.GetPageAsync("/umbraco/account/password"));
        using var response = await session.Client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The names on the pick buttons whose value starts with <paramref name="prefix"/>.</summary>
    private static List<string> Picks(string html, string prefix) =>
        Regex.Matches(html, $"value=\"{Regex.Escape(prefix)}[^\"]*\"[^>]*>Izberi: ([^<]*)</button>").Select(m => m.Groups[1].Value).ToList();

    /// <summary>The values (the items' addresses) of the pick buttons whose value starts with <paramref name="prefix"/>.</summary>
    private static List<string> Values(string html, string prefix) =>
        Regex.Matches(html, $"value=\"({Regex.Escape(prefix)}[^\"]*)\"").Select(m => m.Groups[1].Value).ToList();

    private static string VersionOf(string html) => Regex.Match(html, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
}
