using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Nodes;

namespace NmZaMe.Cms.Corrections;

public static class CorrectionRegistration
{
    /// <summary>Corrections from citizens: the use cases and the job that forgets unanswered addresses, on one node. The host adds the form and the inbox.</summary>
    public static IServiceCollection AddCorrections(this IServiceCollection services, CorrectionOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<SubmitCorrection>();
        services.AddSingleton<CorrectionInbox>();
        services.AddSingleton<HandleCorrection>();
        services.AddSingleNodeService<CorrectionRetention>();
        // Replaces the engine's "none yet" (registered first with TryAdd): the last registration wins.
        services.AddSingleton<Catalogue.IOpenCorrections, OpenCorrectionCounts>();
        return services;
    }
}
