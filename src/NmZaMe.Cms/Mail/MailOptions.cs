using MailKit.Security;

namespace NmZaMe.Cms.Mail;

/// <summary>
/// <c>NmZaMe:Mail</c>: the SMTP server the back office sends through. Without <see cref="Host"/> and <see cref="From"/>
/// e-mail is not configured: mail is still queued (nothing that causes one fails), the pages say so, and nothing is sent
/// until it is configured.
/// </summary>
public sealed class MailOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (default, port 587), <c>SslOnConnect</c> (465), <c>Auto</c> or <c>None</c> (a relay on the same host only).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>Leave empty for a server that needs no sign-in.</summary>
    public string? UserName { get; set; }

    /// <summary>Never shown or logged; set it from the environment (<c>NmZaMe__Mail__Password</c>), not in a file.</summary>
    public string? Password { get; set; }

    /// <summary>The sender's address, e.g. <c>nmzame@novomesto.si</c>.</summary>
    public string? From { get; set; }

    public string FromName { get; set; } = "NmZaMe";

    /// <summary>The site's public address (e.g. <c>https://nmzame.si</c>) for links in mail sent without a request, such as reminders.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>How often the sender looks for due mail, in seconds.</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>How long sent and failed messages stay in the log, in days.</summary>
    public double RetentionDays { get; set; } = 30;

    /// <summary>How long one SMTP operation may take, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
