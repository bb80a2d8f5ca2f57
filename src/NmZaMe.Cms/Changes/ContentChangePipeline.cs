using Microsoft.Extensions.Logging;

namespace NmZaMe.Cms.Changes;

/// <summary>
/// Runs the registered <see cref="IContentChangedHandler"/>s for one committed change, in registration order. Each
/// handler is isolated: its failure is logged and the next one still runs, because the write has already committed
/// and a stale index must not also cost a stale cache.
/// </summary>
public sealed class ContentChangePipeline(IEnumerable<IContentChangedHandler> handlers, ILogger<ContentChangePipeline> logger)
{
    private readonly IContentChangedHandler[] _handlers = [.. handlers];

    public async Task RunAsync(ContentChanged change, CancellationToken cancellationToken)
    {
        foreach (var handler in _handlers)
        {
            try
            {
                await handler.HandleAsync(change, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "{Handler} failed on a {Kind} change of {Count} items; the change itself has committed",
                    handler.GetType().Name, change.Kind, change.Keys.Count);
            }
        }
    }
}
