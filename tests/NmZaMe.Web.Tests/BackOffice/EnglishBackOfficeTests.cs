using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// B23: with the back office in English, no Slovenian is left on any kind of page: buttons, labels, tabs, type names,
/// options, messages. What the editors wrote (names and values of content and media, user names) and the names of
/// the languages stay as written, so the test takes them out first and looks for Slovenian in what remains. The option
/// values of the schema's lists are not the editors' words: they are looked at like any other label.
/// </summary>
public sealed partial class EnglishBackOfficeTests
{
    private const string Password = "modra-reka-krka-tece";

    // Words that only Slovenian has, besides any word with č, š or ž.
    private static readonly HashSet<string> SlovenianWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "je", "za", "ali", "ni", "na", "pod", "od", "ki", "se", "bo", "ter", "vse", "kot", "tudi", "nima", "niso", "ima", "brez",
        "dodaj", "shrani", "uredi", "nazaj", "objavi", "objavljeno", "neobjavljeno", "osnutek", "vsebina", "vsebine", "storitev",
        "organizacija", "mapa", "slika", "datoteka", "jezik", "iskanje", "nastavitve", "uporabniki", "skupine", "ime", "opis",
        "povzetek", "kontakti", "lokacije", "podrobnosti", "stanje", "vrsta", "izberi", "izberite", "premakni", "kopiraj", "zgodovina",
        "preusmeritve", "odobritve", "nikoli", "spremenjeno", "obvezno", "novo", "nova", "prijava", "odjava", "koš", "dnevi",
    };

    [Fact]
    public async Task An_english_user_meets_no_slovenian_on_any_kind_of_back_office_page()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var writer = await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var admin = await BackOfficeSession.AdministratorAsync(app);
        await admin.SubmitAsync("/umbraco/account/language", new Dictionary<string, string> { ["Culture"] = "en-US" });

        var all = app.Snapshot.All;
        Guid Of(string alias) => all.First(c => c.ContentType.Alias == alias).Key;
        var service = Of("service");
        Guid? media;
        long? version;
        Guid group;
        await using (var db = app.CreateDbContext())
        {
            media = await db.Nodes.Where(n => n.Kind == ContentKind.Media && n.ContentTypeAlias != "Folder").Select(n => (Guid?)n.Key).FirstOrDefaultAsync();
            var serviceId = await db.Nodes.Where(n => n.Key == service).Select(n => n.Id).FirstAsync();
            version = await db.ContentVersions.Where(v => v.NodeId == serviceId).Select(v => (long?)v.Id).FirstOrDefaultAsync();
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            group = (await scope.ServiceProvider.GetRequiredService<RoleManager<UserGroup>>().FindByNameAsync(UserGroups.Writers))!.Id;
        }

        string[] pages =
        [
            "/umbraco", "/umbraco/content", $"/umbraco/content/{service}", $"/umbraco/content/{service}/edit",
            $"/umbraco/content/{Of("organisation")}/edit", $"/umbraco/content/{Of("lifeChallenge")}/edit", $"/umbraco/content/{service}/history",
$"/umbraco/content/{service}/move", $"/umbraco/content/{service}/copy", $"/umbraco/content/{service}/split", $"/umbraco/content/{Of("organisation")}/split",
            $"/umbraco/content/{service}/schedule", $"/umbraco/content/{service}/trash", "/umbraco/content/create", "/umbraco/content/approvals",
            "/umbraco/content/scheduled", "/umbraco/media", "/umbraco/media/upload", "/umbraco/settings",
            "/umbraco/settings/document-types/service", $"/umbraco/settings/data-types/{app.Snapshot.Schema.DataTypes.Keys.First()}",
            "/umbraco/settings/export", "/umbraco/settings/mail", "/umbraco/settings/webhooks", "/umbraco/settings/webhooks/edit",
            "/umbraco/users", $"/umbraco/users/{writer}", "/umbraco/users/create", "/umbraco/users/groups", $"/umbraco/users/groups/{group}",
            "/umbraco/users/invitations", "/umbraco/users/invite", "/umbraco/recycle-bin", "/umbraco/redirects", "/umbraco/insights",
            "/umbraco/requests", "/umbraco/my-entries", "/umbraco/corrections", "/umbraco/spreadsheets/export", "/umbraco/spreadsheets/import",
            "/umbraco/search?q=dom", $"/umbraco/content/{Of("organisation")}/list", "/umbraco/account/language", "/umbraco/account/password",
            $"/umbraco/content/{Of("organisation")}/sort", "/umbraco/content/sort", $"/umbraco/content/{Of("lifeChallenge")}/trash",
            "/umbraco/recycle-bin/empty", "/umbraco/access-denied", "/umbraco/status/404", "/umbraco/status/500",
            .. version is { } v ? [$"/umbraco/content/{service}/versions/{v}"] : Array.Empty<string>(),
            .. media is { } m ? [$"/umbraco/media/{m}"] : Array.Empty<string>(),
        ];

        var written = await WrittenByEditorsAsync(app);
        var problems = new List<string>();
        var parser = new HtmlParser();
        // The editor's in-form panels come back from a post: the media picker opened, a content picker's second page of results.
        var organisationEdit = $"/umbraco/content/{Of("organisation")}/edit";
        var serviceEdit = $"/umbraco/content/{service}/edit";
        var panels = new Dictionary<string, string>
        {
            [organisationEdit + " op=mediaopen"] = await Media.MediaPickerTests.OpAsync(admin, organisationEdit, "mediaopen|f.logo"),
            [serviceEdit + " op=search"] = await Media.MediaPickerTests.OpAsync(admin, serviceEdit, "search|f.reviewedBy|1"),
        };
        foreach (var page in pages.Concat(panels.Keys))
        {
            var document = parser.ParseDocument(panels.TryGetValue(page, out var posted) ? posted : await PageAsync(admin, page));
            foreach (var text in Texts(document))
            {
                if (Slovenian(text, written) is { } word)
                {
                    problems.Add($"{page}: »{word}« in »{text}«");
                }
            }
        }

        Assert.True(problems.Count == 0, "Slovenian on English pages:\n" + string.Join("\n", problems.Distinct()));
    }

    /// <summary>The page's HTML; the access-denied and status pages answer the code they stand for.</summary>
    private static async Task<string> PageAsync(BackOfficeSession session, string url)
    {
        if (!url.StartsWith("/umbraco/status/", StringComparison.Ordinal) && url != "/umbraco/access-denied")
        {
            return await session.GetPageAsync(url);
        }

        using var response = await session.Client.GetAsync(url);
        Assert.True((int)response.StatusCode >= 400, $"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The texts a reader meets: text nodes outside scripts and form values, and the labels of attributes.</summary>
    private static IEnumerable<string> Texts(IDocument document)
    {
        foreach (var node in document.Body!.Descendants<IText>())
        {
            // A passage marked as Slovenian (lang="sl", e.g. the menu's "(Jezik)" for someone who cannot read English) is meant.
            if (node.ParentElement is { LocalName: not ("script" or "style" or "textarea" or "code" or "pre") } parent
                && parent.Closest("[lang]")?.GetAttribute("lang")?.StartsWith("sl", StringComparison.Ordinal) != true
                && node.Text.Trim() is { Length: > 0 } text)
            {
                yield return text;
            }
        }

        foreach (var element in document.Body!.Descendants<IElement>())
        {
            foreach (var name in new[] { "aria-label", "title", "placeholder" })
            {
                if (element.GetAttribute(name) is { Length: > 0 } value)
                {
                    yield return value;
                }
            }
        }

        yield return document.Title ?? string.Empty;
    }

    /// <summary>The first Slovenian word in <paramref name="text"/> once what editors wrote is taken out, or null.</summary>
    private static string? Slovenian(string text, IReadOnlyList<string> written)
    {
        foreach (var phrase in written)
        {
            for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                // Whole words only: "Roma" of the target groups must not cut "Romani" into "ni".
                var end = at + phrase.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                {
                    text = string.Concat(text.AsSpan(0, at), " ", text.AsSpan(end));
                }
            }
        }

        return Word().Matches(text).Select(m => m.Value)
            .FirstOrDefault(w => w.IndexOfAny(['č', 'š', 'ž', 'Č', 'Š', 'Ž']) >= 0 || SlovenianWords.Contains(w));
    }

    /// <summary>Every name and value of content and media in any culture, longest first, and the languages' own names.</summary>
    private static async Task<IReadOnlyList<string>> WrittenByEditorsAsync(CmsApplication app)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal) { "Slovenščina", "Slovenščina (Slovenija)", "slovenščina" };
        await using var db = app.CreateDbContext();
        foreach (var json in await db.Nodes.Select(n => n.DraftData).ToListAsync())
        {
            Collect(JsonDocument.Parse(json).RootElement, texts);
        }

        // Option values of lists are the schema's words, not the editors': they must be shown in English (selects and
        // checkbox lists included), except proper names, which the dictionary keeps as they are (municipalities).
        texts.UnionWith(new BackOfficeDictionary().English.Where(e => e.Key == e.Value).Select(e => e.Key));

        return texts.Where(t => t.Trim().Length > 1).OrderByDescending(t => t.Length).ToList();
    }

    private static void Collect(JsonElement element, HashSet<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, texts);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, texts);
                }

                break;
            case JsonValueKind.String:
                var value = element.GetString()!;
                texts.Add(value);
                if (value.StartsWith('{') || value.StartsWith('['))
                {
                    try
                    {
                        Collect(JsonDocument.Parse(value).RootElement, texts);
                    }
                    catch (JsonException)
                    {
                    }
                }

                // Rich text and lists are shown as their text, a line or a paragraph at a time.
                foreach (var part in Tag().Split(System.Net.WebUtility.HtmlDecode(value)).Concat(value.Split('\n')))
                {
                    if (part.Trim().Length > 1)
                    {
                        texts.Add(part.Trim());
                    }
                }

                break;
        }
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
