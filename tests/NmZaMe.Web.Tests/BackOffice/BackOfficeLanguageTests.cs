using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.Tests.BackOffice;

public sealed partial class BackOfficeLanguageTests
{
    private const string Password = "modra-reka-krka-tece";

    private static string BackOfficeFolder => Path.Combine(CmsApplication.RepositoryRoot, "src", "NmZaMe.Web", "BackOffice");

    [Fact]
    public void Every_text_of_the_back_office_pages_has_an_english_translation()
    {
        var english = new BackOfficeDictionary().English;
        var missing = new List<string>();
        var found = 0;
        foreach (var file in Directory.EnumerateFiles(BackOfficeFolder, "*.cshtml", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(BackOfficeFolder, "*.cs", SearchOption.AllDirectories)))
        {
            // Comments may quote examples such as T["Shrani"]; only code counts.
            var source = string.Join('\n', File.ReadAllLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            var texts = Text().Matches(source).Select(m => m.Groups[1].Value);
            if (file.EndsWith(".cs", StringComparison.Ordinal))
            {
                // Validation attributes are translated by MVC through the same dictionary.
                texts = texts.Concat(AttributeText().Matches(source).Select(m => m.Groups[1].Value));
            }

            foreach (var text in texts.Select(t => Regex.Unescape(t)))
            {
                found++;
                if (!english.ContainsKey(text))
                {
                    missing.Add($"{Path.GetRelativePath(BackOfficeFolder, file)}: {text}");
                }
            }
        }

        Assert.True(found > 200, $"Only {found} texts found; is the pattern still right?");
        Assert.True(missing.Count == 0, "No English for:\n" + string.Join("\n", missing.Distinct()));
    }

    [Fact]
    public void The_english_dictionaries_are_flat_objects_of_non_empty_texts()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(BackOfficeFolder, "Localization"), "*" + BackOfficeDictionary.Suffix))
        {
            var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))!;
            Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t.Value), $"{Path.GetFileName(file)}: {t.Key}"));
            Assert.All(texts, t => Assert.Equal(Placeholders(t.Key), Placeholders(t.Value)));
        }
    }

    [Fact]
    public async Task A_user_who_chooses_english_sees_the_back_office_in_english()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "urednik@example.si", Password, UserGroups.Editors);
        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("urednik@example.si", Password);
        var slovenian = await session.GetPageAsync("/umbraco");
        Assert.Contains("<html lang=\"sl\">", slovenian, StringComparison.Ordinal);
        Assert.Contains("Nadzorna plošča", slovenian, StringComparison.Ordinal);

        using var bad = await session.SubmitAsync("/umbraco/account/language", new Dictionary<string, string> { ["Culture"] = "de-DE" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Izberite jezik s seznama.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var saved = await session.SubmitAsync("/umbraco/account/language", new Dictionary<string, string> { ["Culture"] = "en-US" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var confirmation = await session.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("The language has been saved.", confirmation, StringComparison.Ordinal);

        var dashboard = await session.GetPageAsync("/umbraco");
        Assert.Contains("<html lang=\"en\">", dashboard, StringComparison.Ordinal);
        Assert.Contains("<h1>Dashboard</h1>", dashboard, StringComparison.Ordinal);
        Assert.Contains("Needs review", dashboard, StringComparison.Ordinal);
        Assert.Contains("Recently changed", dashboard, StringComparison.Ordinal);
        Assert.Contains(">Settings</a>", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("Nadzorna plošča", dashboard, StringComparison.Ordinal);

        // Validation messages of attributes and of Identity follow the user's language too.
        using var empty = await session.SubmitAsync("/umbraco/account/password", new Dictionary<string, string>());
        var errors = await empty.Content.ReadAsStringAsync();
        Assert.Contains("Enter the current password.", errors, StringComparison.Ordinal);
        using var wrong = await session.SubmitAsync("/umbraco/account/password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "napacno-geslo-123", ["Input.NewPassword"] = "zelena-trava-raste-visoko", ["Input.ConfirmPassword"] = "zelena-trava-raste-visoko",
        });
        Assert.Contains("The current password is not correct.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The sign-out button of the layout (on every page) carries its own antiforgery token.
        using var signOut = await session.Client.PostAsync("/umbraco/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = BackOfficeSession.Token(dashboard),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var after = await session.Client.GetAsync("/umbraco");
        Assert.Equal("/umbraco/login", after.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task An_administrator_sets_another_users_language_and_it_applies_at_their_next_request()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var id = await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", Password);
        Assert.Contains("<html lang=\"sl\">", await writer.GetPageAsync("/umbraco"), StringComparison.Ordinal);
        using var admin = await BackOfficeSession.AdministratorAsync(app);

        using var response = await admin.SubmitAsync($"/umbraco/users/{id}", new Dictionary<string, string> { ["Culture"] = "en-US" }, "Culture");
        Assert.Contains("Jezik je shranjen.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var english = await writer.GetPageAsync("/umbraco");
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Recently changed", english, StringComparison.Ordinal);
    }

    private static string[] Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order().ToArray();

    [GeneratedRegex("""\bT\[\s*"((?:[^"\\]|\\.)*)"\s*[\],]""")]
    private static partial Regex Text();

    [GeneratedRegex("""(?:ErrorMessage|Display\(\s*Name)\s*=\s*"((?:[^"\\]|\\.)*)"\s*[,)]""")]
    private static partial Regex AttributeText();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
