using NmZaMe.Cms.Mail;

namespace NmZaMe.Web.Mail;

public static class MailSetup
{
    /// <summary>The host's words for the engine's mail (the outbox and its sender are registered by <c>AddCms</c>).</summary>
    public static IServiceCollection AddMailTexts(this IServiceCollection services) =>
        services.AddSingleton<IMailTemplates, MailTexts>();
}
