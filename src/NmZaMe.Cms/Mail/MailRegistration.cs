using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NmZaMe.Cms.Nodes;

namespace NmZaMe.Cms.Mail;

public static class MailRegistration
{
    /// <summary>
    /// The outbox (<see cref="MailOutbox"/>) and its sender on one node. The host must register an
    /// <see cref="IMailTemplates"/>: the engine names what a mail is about, the host writes it.
    /// </summary>
    public static IServiceCollection AddMail(this IServiceCollection services, MailOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton<MailOutbox>();
        services.TryAddSingleton<SendDueMail>();
        services.AddSingleNodeService<OutboxSender>();
        return services;
    }
}
