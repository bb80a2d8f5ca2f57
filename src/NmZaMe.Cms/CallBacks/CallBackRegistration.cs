using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Insights;
using NmZaMe.Cms.Nodes;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.CallBacks;

public static class CallBackRegistration
{
    /// <summary>
    /// Call-back requests: the sealer (a configured key that is invalid stops the start here), the use cases, the
    /// retention job on one node and the monthly figures for the insights page. The host adds the form and the inbox.
    /// </summary>
    public static IServiceCollection AddCallBacks(this IServiceCollection services, CallBackOptions options, string dataDirectory, DatabaseProvider provider)
    {
        CallBackSealer.ConfiguredKey(options);
        services.AddSingleton(options);
        services.AddSingleton(sp => CallBackSealer.Create(options, dataDirectory, provider != DatabaseProvider.Sqlite,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<CallBackSealer>()));
        services.AddSingleton<SubmitCallBack>();
        services.AddSingleton<CallBackInbox>();
        services.AddSingleton<OpenCallBack>();
        services.AddSingleton<ChangeCallBackStatus>();
        services.AddSingleton<ExportCallBacks>();
        services.AddSingleNodeService<CallBackRetention>();
        services.AddSingleton<IMonthlyFigures, CallBackFigures>();
        return services;
    }
}
