using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Persistence;
using NmZaMe.Web.Site.PublicForms;
using NmZaMe.Web.Tests.CallBacks;

namespace NmZaMe.Web.Tests.Corrections;

/// <summary>"Predlagaj popravek" over HTTP: the links, the form, its validation, the public forms' defences and what is stored.</summary>
public sealed class CorrectionFormTests
{
    private const string SafeHouse = "/sl/organizacije/drustvo-zivljenje-brez-nasilja/varna-hisa/";
    private const string SafeHouseOrganisation = "/sl/organizacije/drustvo-zivljenje-brez-nasilja/";

    [Fact]
    public async Task Service_and_organisation_pages_open_the_form_about_themselves_without_a_mailto()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var safeHouse = app.Snapshot.All.First(c => c.ContentType.Alias == "service" && c.Name("sl-SI") == "Varna hiša");

        foreach (var path in new[] { SafeHouse, SafeHouseOrganisation })
        {
            var html = await client.GetStringAsync(path);
            Assert.Matches("<a class=\"suggest-correction\" href=\"/sl/predlagaj-popravek\\?item=[0-9a-f-]{36}\">Predlagaj popravek</a>", html);
            Assert.DoesNotContain("mailto:plb@novomesto.si?subject=", html, StringComparison.Ordinal);
        }

        using var form = await client.GetAsync($"/sl/predlagaj-popravek?item={safeHouse.Key}");
        var page = WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.False(form.Headers.Contains("Set-Cookie"), "The public form sets a cookie.");
        Assert.Contains("<h1>Predlagaj popravek</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Varna hiša", page, StringComparison.Ordinal);
        Assert.Contains("<textarea id=\"text\" name=\"text\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/sl/poklicite-me/zasebnost\"", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"{PublicFormGuard.HoneypotField}\"", page, StringComparison.Ordinal);
        // A sensitive service keeps its quick exit on the form about it.
        Assert.Contains("quick-exit", page, StringComparison.Ordinal);

        var english = WebUtility.HtmlDecode(await client.GetStringAsync($"/en/suggest-a-correction?item={safeHouse.Key}"));
        Assert.Contains("<h1>Suggest a correction</h1>", english, StringComparison.Ordinal);

        foreach (var unknown in new[] { Guid.NewGuid().ToString(), "nič", app.Snapshot.All.First(c => c.ContentType.Alias == "lifeChallenge").Key.ToString() })
        {
            using var missing = await client.GetAsync($"/sl/predlagaj-popravek?item={unknown}");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
    }

    [Fact]
    public async Task Invalid_suggestions_show_the_errors_first_keep_the_input_and_store_nothing()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var (_, service, _) = CorrectionForms.Items(app);

        var cases = new (string Name, Dictionary<string, string> Fields, string Message)[]
        {
            ("empty", CorrectionForms.Fields(CorrectionForms.Token(app), service.Key, text: "  "), "Napišite, kaj ni prav"),
            ("too long", CorrectionForms.Fields(CorrectionForms.Token(app), service.Key, text: new string('a', 1001)), "Predlog je lahko dolg največ 1000 znakov"),
            ("bad address", CorrectionForms.Fields(CorrectionForms.Token(app), service.Key, email: "ana(at)primer", consent: true), "Vpišite e-poštni naslov, na primer ime@primer.si, ali pustite polje prazno"),
            ("address without consent", CorrectionForms.Fields(CorrectionForms.Token(app), service.Key, email: "ana@primer.si"), "Označite, da se strinjate, ali izbrišite e-poštni naslov"),
        };
        foreach (var (name, fields, message) in cases)
        {
            using var response = await CorrectionForms.PostAsync(client, fields);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
            Assert.True(html.IndexOf("class=\"error-summary\"", StringComparison.Ordinal) < html.IndexOf("<h1>", StringComparison.Ordinal), name);
            // A sensitive service's tab title names only the kind of page, errors or not.
            Assert.True(html.Contains("<title>Napaka: ", StringComparison.Ordinal) || html.Contains("class=\"quick-exit", StringComparison.Ordinal), name);
            Assert.Contains(message, html, StringComparison.Ordinal);
            Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
            if (fields["email"].Length > 0)
            {
                Assert.Contains($"value=\"{fields["email"]}\"", html, StringComparison.Ordinal);
            }
        }

        await using var db = app.CreateDbContext();
        Assert.Equal(0, await db.Corrections.CountAsync());
    }

    [Fact]
    public async Task A_suggestion_without_an_address_is_stored_against_the_item_and_its_organisation_and_confirmed()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var (organisation, service, _) = CorrectionForms.Items(app);

        using var response = await CorrectionForms.PostAsync(client, CorrectionForms.Fields(CorrectionForms.Token(app), service.Key, text: "Telefon ne dela.\r\nNova številka je na spletni strani."), "/en/suggest-a-correction");
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/en/suggest-a-correction/sent?item={service.Key}", response.Headers.Location?.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie"));

        var sent = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("<h1>Thank you for your suggestion</h1>", sent, StringComparison.Ordinal);

        await using var db = app.CreateDbContext();
        var row = await db.Corrections.SingleAsync();
        Assert.Equal(service.Key, row.ItemKey);
        Assert.Equal(organisation.Key, row.OrganisationKey);
        Assert.Equal("Telefon ne dela.\nNova številka je na spletni strani.", row.Text);
        Assert.Null(row.Email);
        Assert.Equal("en", row.Language);
        Assert.Equal(CorrectionStatus.New, row.Status);

        // About an organisation, the organisation is its own.
        await CorrectionForms.SendAsync(app, client, organisation.Key);
        Assert.Equal(organisation.Key, (await db.Corrections.AsNoTracking().OrderBy(c => c.Id).LastAsync()).OrganisationKey);
    }

    [Fact]
    public async Task Honeypot_minimum_fill_time_and_tokens_of_other_forms_are_refused_calmly()
    {
        // A minimum of ten minutes keeps "sent at once" too fast however slow a loaded machine is between GET and POST;
        // the other cases' tokens are half an hour old, so only their own defect refuses them.
        using var app = new CmsApplication(settings: new Dictionary<string, string?> { ["NmZaMe:PublicForms:MinimumSeconds"] = "600" });
        var client = await app.StartAsync();
        var (_, service, _) = CorrectionForms.Items(app);
        var fresh = CallBackForms.FormToken(await client.GetStringAsync($"/sl/predlagaj-popravek?item={service.Key}"));

        var honeypot = CorrectionForms.Fields(CorrectionForms.Token(app, TimeSpan.FromMinutes(30)), service.Key);
        honeypot[PublicFormGuard.HoneypotField] = "https://spam.example";
        var cases = new Dictionary<string, Dictionary<string, string>>
        {
            ["too fast"] = CorrectionForms.Fields(fresh, service.Key),
            ["honeypot"] = honeypot,
            ["expired"] = CorrectionForms.Fields(CorrectionForms.Token(app, TimeSpan.FromHours(3)), service.Key),
            ["call-back token"] = CorrectionForms.Fields(CallBackForms.Token(app, TimeSpan.FromMinutes(30)), service.Key),
        };
        foreach (var (name, fields) in cases)
        {
            using var response = await CorrectionForms.PostAsync(client, fields);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
            Assert.Contains("Predloga nismo mogli sprejeti. Preverite ga in ga pošljite še enkrat.", html, StringComparison.Ordinal);
            Assert.Contains(CorrectionForms.Text + "</textarea>", html, StringComparison.Ordinal);
        }

        await using var db = app.CreateDbContext();
        Assert.Equal(0, await db.Corrections.CountAsync());
    }

    [Fact]
    public async Task Too_many_sendings_from_one_address_get_429()
    {
        using var app = new CmsApplication(settings: new Dictionary<string, string?> { ["NmZaMe:PublicForms:PostsPerAddress"] = "2" });
        var client = await app.StartAsync();
        var (_, service, _) = CorrectionForms.Items(app);
        await CorrectionForms.SendAsync(app, client, service.Key);
        await CorrectionForms.SendAsync(app, client, service.Key);

        using var response = await CorrectionForms.PostAsync(client, CorrectionForms.Fields(CorrectionForms.Token(app), service.Key));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Poskusite znova čez nekaj minut", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.Equal(2, await db.Corrections.CountAsync());
    }
}
