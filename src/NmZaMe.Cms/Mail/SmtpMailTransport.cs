using MailKit.Net.Smtp;
using MimeKit;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Mail;

/// <summary>
/// Hands messages to the configured SMTP server with MailKit: one connection per pass of the sender, opened on the first
/// message. Plain text with a simple HTML alternative; no tracking pixels, no remote images.
/// </summary>
public sealed class SmtpMailTransport(MailOptions options) : IAsyncDisposable
{
    private SmtpClient? _client;

    public async Task SendAsync(OutboxMessageRecord message, CancellationToken cancellationToken)
    {
        var client = await ConnectedAsync(cancellationToken);
        await client.SendAsync(Build(message), cancellationToken);
    }

    public MimeMessage Build(OutboxMessageRecord message)
    {
        var from = MailboxAddress.Parse(options.From!);
        from.Name = options.FromName;
        var mime = new MimeMessage();
        mime.From.Add(from);
        mime.To.Add(new MailboxAddress(message.ToName ?? string.Empty, message.To));
        mime.Subject = message.Subject;
        mime.MessageId = $"{message.Key:N}@{from.Domain}";
        mime.Date = new DateTimeOffset(message.CreatedAt, TimeSpan.Zero);
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        mime.Headers.Add(HeaderId.ContentLanguage, message.Language);
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is null)
        {
            return;
        }

        try
        {
            if (_client.IsConnected)
            {
                using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _client.DisconnectAsync(quit: true, quit.Token);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or MailKit.ProtocolException or SmtpCommandException)
        {
            // The messages were handed over already; a server that hangs up first changes nothing.
        }

        _client.Dispose();
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }

        _client?.Dispose();
        _client = new SmtpClient { Timeout = Math.Max(1, options.TimeoutSeconds) * 1000 };
        await _client.ConnectAsync(options.Host!, options.Port, options.Security, cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await _client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
        }

        return _client;
    }
}
