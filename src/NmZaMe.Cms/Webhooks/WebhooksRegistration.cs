using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Nodes;

namespace NmZaMe.Cms.Webhooks;

public static class WebhooksRegistration
{
    /// <summary>Webhooks: requests queued with each change, their payloads rendered after the commit, sent on one node.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, WebhookOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<SafeTargets>();
        services.AddSingleton<WebhookDelivery>();
        services.AddSingleton<WebhookSignal>();
        services.AddContentChangeWriter<WebhookEnqueuer>();
        services.AddContentChangedHandler<WebhookPayloadRenderer>();
        services.AddSingleNodeService<WebhookSender>();
        services.AddScoped<SaveWebhook>();
        services.AddScoped<DeleteWebhook>();
        services.AddScoped<SendWebhookTest>();
        return services;
    }
}
