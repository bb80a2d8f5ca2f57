using System.Net;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// B23 and "field labels come from the document types' English names": every text of the imported uSync schema that the
/// back office shows (type names and descriptions, tabs, property names, descriptions and messages, and the option
/// values of lists) has an entry in the English dictionary (<c>schema.en.json</c>), so a property or option added to
/// uSync without its English fails here instead of showing Slovenian to English editors. A proper name that stays as
/// it is (a municipality) has an entry equal to itself.
/// </summary>
public sealed class SchemaEnglishTests
{
    [Fact]
    public async Task Every_text_of_the_imported_schema_has_an_english_entry()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var schema = app.Snapshot.Schema;
        var english = new BackOfficeDictionary().English;
        var texts = new List<(string Where, string Text)>();
        var options = 0;
        foreach (var type in schema.ContentTypes.Where(t => t.Kind == ContentKind.Document))
        {
            texts.Add(($"{type.Alias}: name", type.Name));
            texts.Add(($"{type.Alias}: description", type.Description ?? string.Empty));
            texts.AddRange(type.Tabs.Select(t => ($"{type.Alias}: tab {t.Alias}", t.Caption)));
            foreach (var p in type.Properties)
            {
                texts.Add(($"{type.Alias}.{p.Alias}: name", p.Name));
                texts.Add(($"{type.Alias}.{p.Alias}: description", p.Description ?? string.Empty));
                texts.Add(($"{type.Alias}.{p.Alias}: tab", p.TabCaption ?? string.Empty));
                texts.Add(($"{type.Alias}.{p.Alias}: mandatory message", p.MandatoryMessage ?? string.Empty));
                texts.Add(($"{type.Alias}.{p.Alias}: pattern message", p.ValidationRegexMessage ?? string.Empty));
                var items = schema.DataTypeOf(p).ConfigItems();
                options += items.Count;
                texts.AddRange(items.Select(i => ($"{type.Alias}.{p.Alias}: option", i)));
            }
        }

        var missing = texts.Where(t => t.Text.Trim().Length > 0 && !english.ContainsKey(t.Text)).Select(t => $"{t.Where}: »{t.Text}«").Distinct().ToList();

        // The seed's schema has 16 document and element types and dozens of list options; fewer means the walk broke.
        Assert.True(texts.Count > 200 && options > 60, $"only {texts.Count} texts and {options} options read from the schema");
        Assert.True(missing.Count == 0, "No English for:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task An_english_approver_reads_the_changed_options_of_a_list_in_english()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        Guid key;
        await using (var db = app.CreateDbContext())
        {
            // A published free service whose draft, waiting for approval, makes it paid: the comparison shows both options.
            var node = (await db.Nodes.Where(n => n.ContentTypeAlias == "service" && n.PublishedData != null).ToListAsync())
                .First(n => ContentData.Deserialize(n.PublishedData!).Value("cost", string.Empty)?.Contains("\"brezplačno\"", StringComparison.Ordinal) == true);
            key = node.Key;
            var draft = ContentData.Deserialize(node.DraftData);
            draft.SetValue("cost", string.Empty, draft.Value("cost", string.Empty)!.Replace("\"brezplačno\"", "\"plačljivo\"", StringComparison.Ordinal));
            node.DraftData = draft.Serialize();
            node.ApprovalRequestedBy = "pisec@example.si";
            node.ApprovalRequestedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        }

        await BackOfficeSession.CreateUserAsync(app, "urednik@example.si", "modra-reka-krka-tece", UserGroups.Editors);
        using var editor = BackOfficeSession.Create(app);
        await editor.SignInOkAsync("urednik@example.si", "modra-reka-krka-tece");
        await editor.SubmitAsync("/umbraco/account/language", new Dictionary<string, string> { ["Culture"] = "en-US" });

        foreach (var page in new[] { $"/umbraco/content/{key}/edit", "/umbraco/content/approvals" })
        {
            var html = WebUtility.HtmlDecode(await editor.GetPageAsync(page));
            var row = html[html.IndexOf("<th scope=\"row\">Cost</th>", StringComparison.Ordinal)..];
            row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
            Assert.Contains("<td>free of charge</td><td>paid</td>", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_english_reader_sees_the_options_inside_block_lists_in_english_on_the_item_page()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        Guid key;
        await using (var db = app.CreateDbContext())
        {
            // A service whose location has opening hours: their days are a list's options, stored in Slovenian.
            key = (await db.Nodes.Where(n => n.ContentTypeAlias == "service").ToListAsync())
                .First(n => ContentData.Deserialize(n.DraftData) is var d && d.Value("locations", string.Empty)?.Contains("\"ponedeljek\"", StringComparison.Ordinal) == true
                    && d.Value("lastReviewed", string.Empty) is { Length: > 0 }).Key;
        }

        using var admin = await BackOfficeSession.AdministratorAsync(app);
        await admin.SubmitAsync("/umbraco/account/language", new Dictionary<string, string> { ["Culture"] = "en-US" });
        var html = WebUtility.HtmlDecode(await admin.GetPageAsync($"/umbraco/content/{key}"));
        var overview = html[html.IndexOf("<span class=\"hint\">(locations)</span>", StringComparison.Ordinal)..];
        overview = overview[..overview.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Monday", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("ponedeljek", overview, StringComparison.Ordinal);

        // A date in the reader's format, as on the dashboard, not its storage form.
        var reviewed = html[html.IndexOf("<span class=\"hint\">(lastReviewed)</span>", StringComparison.Ordinal)..];
        reviewed = reviewed[..reviewed.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.DoesNotContain(" 00:00:00", reviewed, StringComparison.Ordinal);
        Assert.Matches(@"<pre>\d{1,2} [A-Z][a-z]{2} \d{4}</pre>", reviewed);
    }
}
