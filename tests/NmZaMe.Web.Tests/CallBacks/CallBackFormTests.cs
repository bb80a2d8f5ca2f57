using System.Net;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Web.Tests.CallBacks;

/// <summary>"Pokličite me" on the public site: the form, its validation, the confirmation, the privacy notice, the links to it.</summary>
public sealed class CallBackFormTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    [Fact]
    public async Task The_form_from_a_service_page_carries_the_service_and_sets_no_cookie()
    {
        var service = seed.Find("service", "Pomoč družini na domu");
        var servicePage = await seed.GetHtmlAsync("/sl/" + Route(service));
        Assert.Contains($"/sl/poklicite-me?service={service}", servicePage, StringComparison.Ordinal);

        using var response = await seed.Client.GetAsync($"/sl/poklicite-me?service={service}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), "the form must work without cookies");
        Assert.True(response.Headers.CacheControl?.NoStore, "a form with a time-bound token is not cached");
        Assert.Contains("Pomoč družini na domu", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"service\" value=\"{service}\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"lifeChallenge\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"form-trap\" aria-hidden=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"website\" value=\"\" tabindex=\"-1\" autocomplete=\"off\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/sl/poklicite-me/zasebnost\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
        Assert.Contains("ne pišite podatkov o zdravju", html, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(CallBackForms.FormToken(html));
    }

    [Theory]
    [InlineData("/sl/", "/sl/poklicite-me")]
    [InlineData("/en/", "/en/call-me-back")]
    [InlineData("/sl/iskanje/?q=xyzzyqq", "/sl/poklicite-me")]
    [InlineData("/sl/organizacije/", "/sl/poklicite-me")]
    public async Task The_office_block_and_the_footer_lead_to_the_form(string page, string form)
    {
        var html = await seed.GetHtmlAsync(page);
        Assert.Contains($"href=\"{form}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_fields_show_the_error_summary_and_inline_errors_with_the_input_kept()
    {
        var before = await CountAsync();
        var fields = CallBackForms.Fields(CallBackForms.Token(seed.App), contact: "  ", consent: false);
        using var response = await CallBackForms.PostAsync(seed.Client, fields);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<title>Napaka: Pokličite me", html, StringComparison.Ordinal);
        Assert.Contains("class=\"error-summary\" role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#contact\">Vpišite telefonsko številko ali e-poštni naslov</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#consent\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"contact-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"contact-hint contact-error\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains(CallBackForms.Note + "</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"dopoldne\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("ana@", "contact")]
    [InlineData("12345", "contact")]
    [InlineData("pokličite me jutri", "contact")]
    public async Task A_contact_that_is_neither_a_phone_nor_an_email_is_refused(string contact, string field)
    {
        using var response = await CallBackForms.PostAsync(seed.Client, CallBackForms.Fields(CallBackForms.Token(seed.App), contact: contact));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"id=\"{field}-error\"", html, StringComparison.Ordinal);
        Assert.Contains("od 6 do 15 številk", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_note_over_500_characters_is_refused_in_english_too()
    {
        var fields = CallBackForms.Fields(CallBackForms.Token(seed.App), note: new string('a', 501), language: "en");
        using var response = await CallBackForms.PostAsync(seed.Client, fields, "/en/call-me-back");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("The message must be 500 characters or fewer", html, StringComparison.Ordinal);
        Assert.Contains("<title>Error: Call me back", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sl", "/sl/poklicite-me", "/sl/poklicite-me/poslano", "Kaj bo sledilo")]
    [InlineData("en", "/en/call-me-back", "/en/call-me-back/sent", "What happens next")]
    public async Task A_valid_request_leads_to_the_confirmation_with_the_offices_hours_phone_and_crisis_numbers(string language, string form, string sent, string next)
    {
        var contact = $"ana.{language}@primer.si";
        using var response = await CallBackForms.PostAsync(seed.Client, CallBackForms.Fields(CallBackForms.Token(seed.App), contact: contact, language: language), form);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(sent, response.Headers.Location?.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var html = await seed.GetHtmlAsync(sent);
        Assert.Contains(next, html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:112\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:113\"", html, StringComparison.Ordinal);
        Assert.Contains("07 39 39 233", html, StringComparison.Ordinal);
        Assert.Contains("class=\"hours", html, StringComparison.Ordinal);

        await using var db = seed.App.CreateDbContext();
        Assert.True(await db.CallBacks.AnyAsync(c => c.Language == language && c.Status == CallBackStatus.New));
    }

    [Theory]
    [InlineData("/sl/poklicite-me/zasebnost", "Upravljavec podatkov je Mestna občina Novo mesto")]
    [InlineData("/en/call-me-back/privacy", "The controller is the City Municipality of Novo mesto")]
    public async Task The_privacy_notice_names_the_controller_basis_retention_rights_and_the_municipalitys_published_contact(string url, string controller)
    {
        var html = await seed.GetHtmlAsync(url);

        Assert.Contains(controller, html, StringComparison.Ordinal);
        Assert.Contains("mestna.obcina@novomesto.si", html, StringComparison.Ordinal);
        Assert.Contains("Seidlova cesta 1, 8000 Novo mesto", html, StringComparison.Ordinal);
        Assert.Contains("9(2)(a)", url.StartsWith("/en", StringComparison.Ordinal) ? html : "9(2)(a)", StringComparison.Ordinal);
        Assert.Contains("90", html, StringComparison.Ordinal);
        Assert.Contains("Informacijsk", html, StringComparison.Ordinal);
    }

    private async Task<int> CountAsync()
    {
        await using var db = seed.App.CreateDbContext();
        return await db.CallBacks.CountAsync();
    }

    private string Route(Guid key) => seed.App.Snapshot.Route(seed.App.Snapshot.Get(key)!, "sl-SI")!.TrimStart('/');
}
