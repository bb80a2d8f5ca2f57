using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.CallBacks;
using NmZaMe.Cms.Corrections;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Webhooks;

namespace NmZaMe.Browser.Tests;

/// <summary>The pages of things that citizens or the site make: a correction, a call-back request, a webhook's deliveries.</summary>
public sealed partial class BackOfficeEveryPageAxeTests
{
    /// <summary>
    /// Makes a citizen's correction and call-back request through the engine's own use cases (the inboxes then link to
    /// their pages), and a webhook with one test delivery; returns the webhook's edit and deliveries pages.
    /// </summary>
    private async Task<string[]> CitizenAndWebhookPagesAsync(Guid service)
    {
        var services = browser.Site.Services;
        var correction = await services.GetRequiredService<SubmitCorrection>().ExecuteAsync(
            new(service, "Telefonska številka ni več prava.", "ana@primer.si", Consent: true, Language: "sl"), CancellationToken.None);
        Assert.True(correction.Succeeded);
        var callBack = await services.GetRequiredService<SubmitCallBack>().ExecuteAsync(
            new("041 123 456", "Ana", "popoldne", "sl", "Prosim za klic.", Consent: true, LifeChallenge: null, Service: service, Languages: ["sl", "en"]),
            CancellationToken.None);
        Assert.True(callBack.Succeeded);

        await using var scope = services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<SaveWebhook>().ExecuteAsync(new SaveWebhookCommand(
            null, "axe", null, "https://receiver.invalid/hooks", [WebhookEvents.ContentPublish], [], [], WebhookPayloadType.Minimal, Enabled: true));
        Assert.True(saved.Succeeded);
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<SendWebhookTest>().ExecuteAsync(saved.Key));
        return [$"/umbraco/settings/webhooks/edit/{saved.Key}", $"/umbraco/settings/webhooks/{saved.Key}/deliveries"];
    }
}
