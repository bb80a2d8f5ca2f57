using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Nodes;

namespace NmZaMe.Cms.Mail;

/// <summary>
/// Sends the outbox in the background on the one node that holds the lease <c>mail-outbox</c>: every
/// <see cref="MailOptions.PollSeconds"/> a pass of <see cref="SendDueMail"/>, once an hour the old log is pruned. A pass
/// that fails is logged and the next one tries again; the mail stays queued.
/// </summary>
public sealed class OutboxSender(SendDueMail send, MailOptions options, TimeProvider time, ILogger<OutboxSender> logger) : ISingleNodeService
{
    public string LeaseName => "mail-outbox";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.IsConfigured)
        {
            logger.LogWarning("E-mail is not configured (NmZaMe:Mail:Host and From): messages stay in the outbox until it is");
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.2, options.PollSeconds)), time);
        var pruned = DateTime.MinValue;
        do
        {
            try
            {
                await send.RunAsync(cancellationToken);
                if (time.GetUtcNow().UtcDateTime - pruned > TimeSpan.FromHours(1))
                {
                    pruned = time.GetUtcNow().UtcDateTime;
                    await send.PruneAsync(cancellationToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "Sending e-mail failed; trying again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }
}
