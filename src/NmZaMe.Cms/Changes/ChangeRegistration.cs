using Microsoft.Extensions.DependencyInjection;

namespace NmZaMe.Cms.Changes;

/// <summary>How a feature plugs into the change pipeline: one line in its <c>Add…</c> method per writer or handler.</summary>
public static class ChangeRegistration
{
    /// <summary>Adds an after-commit handler (a singleton); handlers run in the order they are added.</summary>
    public static IServiceCollection AddContentChangedHandler<T>(this IServiceCollection services)
        where T : class, IContentChangedHandler =>
        services.AddSingleton<IContentChangedHandler, T>();

    /// <summary>Adds an in-transaction writer (a singleton); writers run in the order they are added.</summary>
    public static IServiceCollection AddContentChangeWriter<T>(this IServiceCollection services)
        where T : class, IContentChangeWriter =>
        services.AddSingleton<IContentChangeWriter, T>();
}
