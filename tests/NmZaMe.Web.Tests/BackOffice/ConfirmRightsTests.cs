using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.Spreadsheets;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// Issue 14: every route that sets <c>lastReviewed</c> or publishes from a list holds the editor's rules: the shared
/// values belong to the default language, publishing republishes only the cultures the editor may publish, and without
/// the publish permission the check becomes a request for approval.
/// </summary>
public sealed partial class ConfirmRightsTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task Confirm_unchanged_bulk_check_publish_and_import_respect_language_rights()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await using (var db = app.CreateDbContext())
        {
            (await db.Roles.SingleAsync(g => g.Name == UserGroups.Editors)).Languages = "en-US";
            await db.SaveChangesAsync();
        }

        await BackOfficeSession.CreateUserAsync(app, "prevajalka@example.si", Password, UserGroups.Editors);
        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("prevajalka@example.si", Password);
        var services = Checkable(app.Snapshot).Take(2).ToList();
        var service = services[0];
        var before = await StateAsync(app, service.Key);

        // "Moji vnosi" / the dashboard: refused, nothing saved.
        var confirm = await ConfirmAsync(session, service.Key);
        Assert.Contains("id=\"refused\"", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"confirmed\"", confirm, StringComparison.Ordinal);
        Assert.Contains("Jezika sl-SI ne smete urejati ali objavljati", confirm, StringComparison.Ordinal);

        // A list view's "mark checked": refused the same way.
        var check = await BulkAsync(session, service.ParentKey!.Value, "check", service.Key);
        Assert.Equal("refused", Outcome(check, service.Key));
        Assert.Contains("Jezika sl-SI ne smete urejati ali objavljati", check, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync(app, service.Key));

        // A list view's "publish" republishes English only, though the draft holds a new Slovenian name too.
        await using (var db = app.CreateDbContext())
        {
            var node = await db.Nodes.SingleAsync(n => n.Key == service.Key);
            Assert.True((await new SaveContent(db, app.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(service.Key, null, node.ContentTypeAlias,
                new Dictionary<string, string> { ["sl-SI"] = "Novo slovensko ime", ["en-US"] = "New English name" },
                new Dictionary<string, IReadOnlyDictionary<string, string?>>()))).Succeeded);
        }

        Assert.Equal("done", Outcome(await BulkAsync(session, service.ParentKey!.Value, "publish", service.Key), service.Key));
        var published = ContentData.Deserialize((await StateAsync(app, service.Key)).Published!);
        Assert.Equal("New English name", published.Names["en-US"]);
        Assert.Equal(service.Name("sl-SI"), published.Names["sl-SI"]);

        // The spreadsheet import: a Slovenian cell is refused, an English one is not.
        var sheet = await Sheet.ExportAsync(session);
        var row = sheet.Rows("service").Single(r => sheet.Get(r, "key") == services[1].Key.ToString());
        sheet.Keep(row);
        var original = sheet.Get(row, "summary.sl");
        sheet.Set(row, "summary.sl", "Prevzet povzetek.");
        var (_, refused) = await ImportTests.PreviewAsync(session, sheet.Csv(), "sl.csv");
        Assert.Contains("Jezika sl-SI ne smete urejati ali objavljati", WebUtility.HtmlDecode(refused), StringComparison.Ordinal);
        sheet.Set(row, "summary.sl", original);
        sheet.Set(row, "summary.en", "An English summary.");
        var (_, allowed) = await ImportTests.PreviewAsync(session, sheet.Csv(), "en.csv");
        Assert.DoesNotContain("Jezika sl-SI ne smete urejati ali objavljati", WebUtility.HtmlDecode(allowed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_unchanged_by_a_writer_becomes_an_approval_request_and_the_site_changes_only_when_approved()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", Password);
        var services = Checkable(app.Snapshot).Take(2).ToList();
        var before = await StateAsync(app, services[0].Key);

        var confirm = await ConfirmAsync(writer, services[0].Key);
        Assert.Contains("id=\"requested\"", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"confirmed\"", confirm, StringComparison.Ordinal);
        Assert.Equal("requested", Outcome(await BulkAsync(writer, services[1].ParentKey!.Value, "check", services[1].Key), services[1].Key));

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var after = await StateAsync(app, services[0].Key);
        Assert.Equal(before.Published, after.Published);
        Assert.Equal("pisec@example.si", after.RequestedBy);
        Assert.StartsWith(today, ContentData.Deserialize(after.Draft).Value(Review.LastReviewed, string.Empty), StringComparison.Ordinal);
        Assert.Equal("pisec@example.si", (await StateAsync(app, services[1].Key)).RequestedBy);

        using var editor = await ExportTests.SignInAsync(app, "urednica@example.si", UserGroups.Editors);
        using (var approved = await editor.SubmitAsync($"/umbraco/content/approvals?key={services[0].Key}", new Dictionary<string, string>(), "Approve"))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        Assert.StartsWith(today, ContentData.Deserialize((await StateAsync(app, services[0].Key)).Published!).Value(Review.LastReviewed, string.Empty), StringComparison.Ordinal);
    }

    /// <summary>Published services with both names and a contact of their own, which may be marked checked.</summary>
    private static IEnumerable<PublishedContent> Checkable(PublishedSnapshot snapshot) =>
        snapshot.All.Where(c => c.ContentType.Alias == "service" && c.Name("sl-SI") is not null && c.Name("en-US") is not null
            && ContactChannels.HasOwn(c, confidential: false)
            && snapshot.Get(c.ParentKey ?? Guid.Empty) is { } parent && parent.Value("confidentialLocation", string.Empty) is not true).OrderBy(c => c.Key);

    private sealed record State(string Draft, string? Published, string? RequestedBy);

    private static async Task<State> StateAsync(CmsApplication app, Guid key)
    {
        await using var db = app.CreateDbContext();
        var node = await db.Nodes.AsNoTracking().SingleAsync(n => n.Key == key);
        return new State(node.DraftData, node.PublishedData, node.ApprovalRequestedBy);
    }

    /// <summary>The dashboard's and "Moji vnosi"' confirmation, posted as their forms do.</summary>
    private static async Task<string> ConfirmAsync(BackOfficeSession session, Guid key)
    {
        var token = BackOfficeSession.Token(await session.GetPageAsync("/umbraco/account/password"));
        using var response = await session.Client.PostAsync("/umbraco/review/confirm", new FormUrlEncodedContent([new("Keys", key.ToString()), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    internal static async Task<string> BulkAsync(BackOfficeSession session, Guid parent, string handler, params Guid[] keys)
    {
        using var response = await session.SubmitAsync($"/umbraco/content/{parent}/list", keys.Select(k => new KeyValuePair<string, string>("Keys", k.ToString())).ToList(), handler);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    internal static string Outcome(string page, Guid key) =>
        Regex.Match(page, $"id=\"result-{key}\" class=\"([a-z]+)\"") is { Success: true } m ? m.Groups[1].Value : $"no result line in: {page}";
}
