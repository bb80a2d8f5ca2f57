using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Cms.Webhooks;
using NmZaMe.Web.Tests.BackOffice;
using static NmZaMe.Web.Tests.Scheduling.SchedulingTests;
using static NmZaMe.Web.Tests.Webhooks.WebhookTestKit;

namespace NmZaMe.Web.Tests.Webhooks;

public sealed partial class WebhookBackOfficeTests
{
    private const string New = "/umbraco/settings/webhooks/edit";

    [Fact]
    public async Task An_administrator_creates_edits_tests_disables_and_deletes_a_webhook_and_reads_its_deliveries()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var app = App();
        await app.StartAsync();
        var (_, service) = PublishedService(app);
        var serviceType = app.Snapshot.Schema.GetContentType("service")!.Key;
        using var admin = await BackOfficeSession.AdministratorAsync(app);

        Assert.Contains("/umbraco/settings/webhooks", await admin.GetPageAsync("/umbraco"), StringComparison.Ordinal);
        using var created = await admin.SubmitAsync(New,
        [
            new("Input.Enabled", "true"), new("Input.Name", "Katalog regije"), new("Input.Url", receiver.BaseUrl + "/katalog"),
            new("Input.Events", WebhookEvents.ContentPublish), new("Input.Events", WebhookEvents.ContentUnpublish),
            new("Input.ContentTypes", serviceType.ToString()), new("Input.PayloadType", "Minimal"),
            new("Input.Headers[0].Name", "Authorization"), new("Input.Headers[0].Value", "Bearer tajno-geslo-42"), new("Input.Headers[0].Secret", "true"),
            new("Input.Headers[1].Name", "X-Vir"), new("Input.Headers[1].Value", "nmzame"),
        ]);
        var createdPage = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var secret = SigningSecret().Match(createdPage).Groups[1].Value;
        Assert.NotEmpty(secret);
        await using var db = app.CreateDbContext();
        var record = await db.Webhooks.AsNoTracking().SingleAsync();
        Assert.Equal(WebhookPayloadType.Minimal, record.PayloadType);
        var edit = $"{New}/{record.Key}";

        // The edit page never shows the signing secret or the secret header's value; the plain header it does.
        var editPage = await admin.GetPageAsync(edit);
        Assert.DoesNotContain(secret, editPage, StringComparison.Ordinal);
        Assert.DoesNotContain("tajno-geslo", editPage, StringComparison.Ordinal);
        Assert.Contains("value=\"nmzame\"", editPage, StringComparison.Ordinal);

        // Saved again with the secret left empty: the stored value is kept.
        using (var saved = await admin.SubmitAsync(edit,
        [
            new("Input.Enabled", "true"), new("Input.Name", "Katalog regije"), new("Input.Url", receiver.BaseUrl + "/katalog"),
            new("Input.Events", WebhookEvents.ContentPublish), new("Input.PayloadType", "Minimal"),
            new("Input.Headers[0].Name", "Authorization"), new("Input.Headers[0].Value", ""), new("Input.Headers[0].Secret", "true"),
        ]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        await RenameAndPublishAsync(app, service.Key, "sl-SI", "Urejeno v zaledju");
        var call = await receiver.NextAsync();
        Assert.Equal("Bearer tajno-geslo-42", call.Header("Authorization"));
        Assert.Equal(Signature(secret, call.Body), call.Header("X-NmZaMe-Signature"));
        Assert.Equal(service.Key, Json(call).GetProperty("id").GetGuid());
        Assert.Throws<Xunit.Sdk.XunitException>(() => call.Header("X-Vir"));

        using (var tested = await admin.SubmitAsync(edit, [], "Test"))
        {
            var page = WebUtility.HtmlDecode(await tested.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, tested.StatusCode);
            Assert.Contains("OK (200)", page, StringComparison.Ordinal);
        }

        Assert.Equal(WebhookEvents.Test, (await receiver.NextAsync()).Header("Umb-Webhook-Event"));
        await LogsAsync(app, record.Key, 2);
        var deliveries = WebUtility.HtmlDecode(await admin.GetPageAsync($"/umbraco/settings/webhooks/{record.Key}/deliveries"));
        Assert.Contains(WebhookEvents.Test, deliveries, StringComparison.Ordinal);
        Assert.Contains(WebhookEvents.ContentPublish, deliveries, StringComparison.Ordinal);
        Assert.Contains("Authorization: ********", deliveries, StringComparison.Ordinal);
        Assert.DoesNotContain("tajno-geslo", deliveries, StringComparison.Ordinal);
        Assert.Contains("id=\"no-deliveries\"", await admin.GetPageAsync($"/umbraco/settings/webhooks/{record.Key}/deliveries?outcome=failed"), StringComparison.Ordinal);
        var onlyTests = WebUtility.HtmlDecode(await admin.GetPageAsync($"/umbraco/settings/webhooks/{record.Key}/deliveries?event={WebhookEvents.Test}"));
        Assert.DoesNotContain("<code>" + WebhookEvents.ContentPublish + "</code>", onlyTests, StringComparison.Ordinal);

        var list = WebUtility.HtmlDecode(await admin.GetPageAsync("/umbraco/settings/webhooks"));
        Assert.Contains("Katalog regije", list, StringComparison.Ordinal);
        Assert.Contains(WebhookEvents.ContentPublish, list, StringComparison.Ordinal);
        using (var disabled = await admin.SubmitAsync($"/umbraco/settings/webhooks?key={record.Key}&enable=false", [], "Toggle"))
        {
            Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        }

        Assert.False((await db.Webhooks.AsNoTracking().SingleAsync()).Enabled);
        using (var deleted = await admin.SubmitAsync(edit, [], "Delete"))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.Empty(await db.Webhooks.AsNoTracking().ToListAsync());
        using var gone = await admin.Client.GetAsync(edit);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Bad_input_gets_messages_on_the_form_and_saves_nothing_and_only_administrators_manage_webhooks()
    {
        using var app = App(allowLoopback: false);
        await app.StartAsync();
        using var admin = await BackOfficeSession.AdministratorAsync(app);

        using (var bad = await admin.SubmitAsync(New, [new("Input.Url", "ftp://example.org/x"), new("Input.PayloadType", "Minimal")]))
        {
            var page = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
            Assert.Contains("Izberite vsaj en dogodek.", page, StringComparison.Ordinal);
            Assert.Contains("Vpišite celoten naslov http:// ali https://", page, StringComparison.Ordinal);
        }

        using (var refused = await admin.SubmitAsync(New, [new("Input.Url", "http://10.0.0.7/hook"), new("Input.Events", WebhookEvents.ContentPublish),
                   new("Input.Headers[0].Name", "Umb-Webhook-Event"), new("Input.Headers[0].Value", "x")]))
        {
            var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("NmZaMe:Webhooks:AllowedNetworks", page, StringComparison.Ordinal);
            Assert.Contains("To glavo nastavi sistem sam.", page, StringComparison.Ordinal);
            Assert.Contains("value=\"http://10.0.0.7/hook\"", page, StringComparison.Ordinal);
        }

        using (var unreadable = await admin.SubmitAsync(New, [new("Input.Url", "https://example.org/hook"), new("Input.Events", WebhookEvents.ContentPublish), new("Input.PayloadType", "Nope"), new("Input.ContentTypes", "not-a-guid")]))
        {
            Assert.Equal(HttpStatusCode.OK, unreadable.StatusCode);
        }

        await using (var db = app.CreateDbContext())
        {
            Assert.Empty(await db.Webhooks.ToListAsync());
        }

        using var unknown = await admin.Client.GetAsync($"{New}/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        await BackOfficeSession.CreateUserAsync(app, "urednik@example.si", "modra-reka-krka-tece", UserGroups.Editors);
        using var editor = BackOfficeSession.Create(app);
        await editor.SignInOkAsync("urednik@example.si", "modra-reka-krka-tece");
        Assert.DoesNotContain("/umbraco/settings/webhooks", await editor.GetPageAsync("/umbraco"), StringComparison.Ordinal);
        foreach (var url in new[] { "/umbraco/settings/webhooks", New, $"/umbraco/settings/webhooks/{Guid.NewGuid()}/deliveries" })
        {
            using var denied = await editor.Client.GetAsync(url);
            Assert.True(denied.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{url}: {denied.StatusCode}");
            Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        }
    }

    [GeneratedRegex("<code id=\"signing-secret\">([^<]+)</code>")]
    private static partial Regex SigningSecret();
}
