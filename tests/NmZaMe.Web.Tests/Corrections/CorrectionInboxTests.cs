using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using NmZaMe.Web.Tests.Mail;

namespace NmZaMe.Web.Tests.Corrections;

/// <summary>
/// The inbox: the organisation's editors are told and see only their own organisation's suggestions, the office sees
/// all, writers none; accept opens the editor with the note, reject needs a reason, and resolving sends the citizen one
/// reply and deletes the address.
/// </summary>
public sealed class CorrectionInboxTests
{
    private const string Password = "modra-reka-krka-tece";
    private const string Own = "drustvo@example.si";
    private const string Other = "drugo@example.si";
    private const string Office = "pisarna@example.si";
    private const string Citizen = "ana.novak@primer.si";

    [Fact]
    public async Task The_organisations_editor_is_told_accepts_edits_with_the_note_and_marks_done_and_the_citizen_gets_one_reply()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        using var app = new CmsApplication(settings: SmtpTestServer.Settings(smtp.Port));
        var client = await app.StartAsync();
        var (organisation, service, other) = CorrectionForms.Items(app);
        await OrganisationEditorAsync(app, Own, organisation.Key);
        await OrganisationEditorAsync(app, Other, other.Key);
        await BackOfficeSession.CreateUserAsync(app, Office, Password, UserGroups.Editors);
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);

        await CorrectionForms.SendAsync(app, client, service.Key, email: Citizen);

        var told = await smtp.WaitForAsync(Own);
        Assert.StartsWith("Predlog popravka: ", told.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(CorrectionForms.Text, told.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(Citizen, told.TextBody, StringComparison.Ordinal);
        Guid key;
        await using (var db = app.CreateDbContext())
        {
            key = (await db.Corrections.SingleAsync()).Key;
        }

        Assert.Contains($"https://nmzame.example/umbraco/corrections/{key}", told.TextBody, StringComparison.Ordinal);
        // The organisation has its editor, so neither the office nor another organisation's editor is written to.
        Assert.DoesNotContain(smtp.Received, m => m.To.Mailboxes.Any(b => b.Address is Office or Other));

        using (var writer = BackOfficeSession.Create(app))
        {
            await writer.SignInOkAsync("pisec@example.si", Password);
            using var denied = await writer.Client.GetAsync("/umbraco/corrections");
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.Contains("/umbraco/access-denied?", denied.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        using (var stranger = BackOfficeSession.Create(app))
        {
            await stranger.SignInOkAsync(Other, Password);
            Assert.DoesNotContain(key.ToString(), await stranger.GetPageAsync("/umbraco/corrections?status=all"), StringComparison.Ordinal);
            using var hidden = await stranger.Client.GetAsync($"/umbraco/corrections/{key}");
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            var token = BackOfficeSession.Token(await stranger.GetPageAsync("/umbraco/corrections"));
            using var refused = await stranger.Client.PostAsync($"/umbraco/corrections/{key}?handler=Accept", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        using (var office = BackOfficeSession.Create(app))
        {
            await office.SignInOkAsync(Office, Password);
            Assert.Contains($"id=\"correction-{key}\"", await office.GetPageAsync("/umbraco/corrections"), StringComparison.Ordinal);
        }

        using var own = BackOfficeSession.Create(app);
        await own.SignInOkAsync(Own, Password);
        Assert.Contains("Odprti predlogi popravkov obiskovalcev: 1", WebUtility.HtmlDecode(await own.GetPageAsync("/umbraco/my-entries")), StringComparison.Ordinal);
        var list = WebUtility.HtmlDecode(await own.GetPageAsync($"/umbraco/corrections?organisation={organisation.Key}"));
        Assert.Contains($"id=\"correction-{key}\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/umbraco/content/{service.Key}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain(Citizen, list, StringComparison.Ordinal);

        using (var accepted = await own.SubmitAsync($"/umbraco/corrections/{key}", [], "Accept"))
        {
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
            Assert.Equal($"/umbraco/content/{service.Key}/edit#corrections", accepted.Headers.Location?.OriginalString);
        }

        var editor = WebUtility.HtmlDecode(await own.GetPageAsync($"/umbraco/content/{service.Key}/edit"));
        Assert.Contains("id=\"corrections\"", editor, StringComparison.Ordinal);
        Assert.Contains(CorrectionForms.Text, editor, StringComparison.Ordinal);

        using (var done = await own.Client.PostAsync($"/umbraco/corrections/{key}?handler=Done",
            new FormUrlEncodedContent([new("__RequestVerificationToken", BackOfficeSession.Token(editor)), new("returnTo", "edit")])))
        {
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
            Assert.Equal($"/umbraco/content/{service.Key}/edit", done.Headers.Location?.OriginalString);
        }

        var reply = await smtp.WaitForAsync(Citizen);
        Assert.StartsWith("Vaš predlog popravka: ", reply.Subject, StringComparison.Ordinal);
        Assert.Contains("vnos popravili", reply.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/umbraco", reply.TextBody, StringComparison.Ordinal);

        await using (var db = app.CreateDbContext())
        {
            var row = await db.Corrections.AsNoTracking().SingleAsync();
            Assert.Equal(CorrectionStatus.Done, row.Status);
            Assert.Null(row.Email);
            Assert.NotNull(row.RepliedAt);
            Assert.Equal(Own, row.HandledBy);
            var history = await db.AuditEntries.AsNoTracking().Where(a => a.NodeKey == service.Key && a.Action.StartsWith("Correction")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
            Assert.Equal(["CorrectionAccept", "CorrectionDone"], history);
        }

        // Resolved is final: no second reply.
        using (var again = await own.SubmitAsync($"/umbraco/corrections/{key}", [new("Reason", "Še enkrat")], "Reject"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        }

        Assert.Single(smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == Citizen));
        Assert.DoesNotContain("id=\"corrections\"", await own.GetPageAsync($"/umbraco/content/{service.Key}/edit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_organisation_editor_the_office_is_told_and_a_rejection_needs_a_reason_which_the_citizen_gets_in_english()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        using var app = new CmsApplication(settings: SmtpTestServer.Settings(smtp.Port));
        var client = await app.StartAsync();
        var (_, service, _) = CorrectionForms.Items(app);
        await BackOfficeSession.CreateUserAsync(app, Office, Password, UserGroups.Editors);

        await CorrectionForms.SendAsync(app, client, service.Key, email: Citizen, path: "/en/suggest-a-correction");
        await smtp.WaitForAsync(Office, m => m.Subject?.StartsWith("Predlog popravka: ", StringComparison.Ordinal) == true);
        Guid key;
        await using (var db = app.CreateDbContext())
        {
            key = (await db.Corrections.SingleAsync()).Key;
        }

        using var office = BackOfficeSession.Create(app);
        await office.SignInOkAsync(Office, Password);
        using (var noReason = await office.SubmitAsync($"/umbraco/corrections/{key}", [new("Reason", " ")], "Reject"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
            Assert.Contains("id=\"reason-error\"", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var rejected = await office.SubmitAsync($"/umbraco/corrections/{key}", [new("Reason", "The hours on the page are the ones the organisation confirmed in November.")], "Reject"))
        {
            Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        }

        var reply = await smtp.WaitForAsync(Citizen);
        Assert.StartsWith("Your suggested correction: ", reply.Subject, StringComparison.Ordinal);
        Assert.Contains("did not change the entry", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("Reason: The hours on the page are the ones the organisation confirmed in November.", reply.TextBody, StringComparison.Ordinal);

        await using (var db = app.CreateDbContext())
        {
            var row = await db.Corrections.AsNoTracking().SingleAsync();
            Assert.Equal(CorrectionStatus.Rejected, row.Status);
            Assert.Null(row.Email);
        }

        var page = WebUtility.HtmlDecode(await office.GetPageAsync($"/umbraco/corrections/{key}"));
        Assert.Contains("zavrnjen", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Citizen, page, StringComparison.Ordinal);
    }

    private static async Task OrganisationEditorAsync(CmsApplication app, string email, Guid organisation)
    {
        var id = await BackOfficeSession.CreateUserAsync(app, email, Password, UserGroups.OrganisationEditors);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
        var user = (await users.FindByIdAsync(id.ToString()))!;
        user.StartContentKey = organisation;
        await users.UpdateAsync(user);
    }
}
