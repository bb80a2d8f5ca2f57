using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NmZaMe.Cms.Nodes;

/// <summary>
/// Background work that must run on exactly one node at a time: scheduled publishing, the webhook sender, the e-mail
/// outbox. Registered with <see cref="SingleNodeRegistration.AddSingleNodeService{T}"/>; every node competes for the
/// lease <see cref="LeaseName"/>, the holder runs <see cref="RunAsync"/>, and when the holder dies or loses the
/// database another node takes over within <see cref="NodesOptions.LeaseRetrySeconds"/>.
/// </summary>
public interface ISingleNodeService
{
    /// <summary>The lease's name, the same on every node (e.g. <c>scheduled-publishing</c>).</summary>
    string LeaseName { get; }

    /// <summary>
    /// Runs while this node holds the lease, usually a loop on a timer. The token is cancelled when the node stops or
    /// loses the lease; returning or throwing gives the lease back, and the work starts again after a pause.
    /// </summary>
    Task RunAsync(CancellationToken cancellationToken);
}

public static class SingleNodeRegistration
{
    /// <summary>Runs <typeparamref name="T"/> (a singleton) on whichever one node holds its lease.</summary>
    public static IServiceCollection AddSingleNodeService<T>(this IServiceCollection services)
        where T : class, ISingleNodeService
    {
        services.TryAddSingleton<T>();
        services.AddHostedService<SingleNodeServiceHost<T>>();
        return services;
    }
}

/// <summary>Competes for the service's lease and runs it while held.</summary>
internal sealed class SingleNodeServiceHost<T>(T service, NodeLeases leases, ILogger<T> logger) : BackgroundService
    where T : ISingleNodeService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var lease = await leases.AcquireAsync(service.LeaseName, stoppingToken);
            await using (lease)
            {
                logger.LogInformation("This node runs {Service} (lease {Lease})", typeof(T).Name, service.LeaseName);
                using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lease.Lost);
                try
                {
                    await service.RunAsync(running.Token);
                }
                catch (OperationCanceledException) when (running.IsCancellationRequested)
                {
                }
                catch (Exception e)
                {
                    logger.LogError(e, "{Service} failed; it starts again in {Seconds:0.#} s", typeof(T).Name, leases.RetryInterval.TotalSeconds);
                }

                if (lease.Lost.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning("This node lost the lease {Lease}; {Service} stopped here", service.LeaseName, typeof(T).Name);
                }
            }

            await Task.Delay(leases.RetryInterval, stoppingToken);
        }
    }
}
