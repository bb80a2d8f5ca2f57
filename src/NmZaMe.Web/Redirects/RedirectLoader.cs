using NmZaMe.Cms.Redirects;

namespace NmZaMe.Web.Redirects;

/// <summary>Loads the redirect table at start-up.</summary>
public sealed class RedirectLoader(RedirectTracker tracker) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => tracker.LoadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
