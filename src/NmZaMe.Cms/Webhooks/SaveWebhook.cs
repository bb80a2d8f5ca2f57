using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Webhooks;

public sealed record SaveWebhookCommand(
    Guid? Key,
    string? Name,
    string? Description,
    string Url,
    IReadOnlyList<string> Events,
    IReadOnlyList<Guid> ContentTypeKeys,
    IReadOnlyList<WebhookHeader> Headers,
    WebhookPayloadType PayloadType,
    bool Enabled);

/// <summary>Why a webhook was not saved; the host words each one.</summary>
public enum WebhookError
{
    NotFound,
    NoEvents,
    UnknownEvent,
    InvalidUrl,
    RefusedUrl,
    UnknownContentType,
    InvalidHeader,
    ReservedHeader,
    TooLong,
}

/// <param name="NewSigningSecret">The signing secret, only when the webhook was just created: it is shown once.</param>
public sealed record SaveWebhookResult(Guid Key, string? NewSigningSecret, IReadOnlyList<(string Field, WebhookError Error)> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Creates or updates a webhook (Umbraco's <c>WebhookService.CreateAsync/UpdateAsync</c>: at least one event). A secret
/// header sent with an empty value keeps the value stored under that name, so the back office never has to show it.
/// </summary>
public sealed class SaveWebhook(CmsDbContext db, ISnapshotSource snapshots, SafeTargets targets, TimeProvider time)
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        WebhookEvents.EventHeader, WebhookEvents.RetryCountHeader, WebhookEvents.SignatureHeader,
        "Content-Type", "Content-Length", "Host", "Transfer-Encoding", "Connection", "User-Agent",
    };

    public async Task<SaveWebhookResult> ExecuteAsync(SaveWebhookCommand command, CancellationToken cancellationToken = default)
    {
        var errors = new List<(string, WebhookError)>();
        WebhookRecord? record = null;
        if (command.Key is { } key)
        {
            record = await db.Webhooks.SingleOrDefaultAsync(w => w.Key == key, cancellationToken);
            if (record is null)
            {
                return new SaveWebhookResult(key, null, [("", WebhookError.NotFound)]);
            }
        }

        var url = command.Url?.Trim() ?? string.Empty;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.UserInfo.Length > 0 || url.Length > 2000)
        {
            errors.Add(("Url", WebhookError.InvalidUrl));
        }
        else if (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var literal) && !targets.IsAllowed(literal) || uri.IsLoopback && !targets.IsAllowed(IPAddress.Loopback))
        {
            errors.Add(("Url", WebhookError.RefusedUrl));
        }

        var events = command.Events.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).Distinct().ToList();
        if (events.Count == 0)
        {
            errors.Add(("Events", WebhookError.NoEvents));
        }
        else if (events.Any(e => WebhookEvents.Find(e) is null))
        {
            errors.Add(("Events", WebhookError.UnknownEvent));
        }

        if (command.ContentTypeKeys.Any(k => snapshots.Current.Schema.GetContentType(k) is null))
        {
            errors.Add(("ContentTypeKeys", WebhookError.UnknownContentType));
        }

        if ((command.Name?.Length ?? 0) > 200 || (command.Description?.Length ?? 0) > 1000)
        {
            errors.Add(("Name", WebhookError.TooLong));
        }

        var stored = record is null ? [] : WebhookJson.Headers(record);
        var headers = new List<WebhookHeader>();
        for (var i = 0; i < command.Headers.Count; i++)
        {
            var header = command.Headers[i];
            var name = header.Name?.Trim() ?? string.Empty;
            var value = header.Value ?? string.Empty;
            if (name.Length == 0 && value.Length == 0)
            {
                continue;
            }

            if (header.Secret && value.Length == 0 && stored.FirstOrDefault(s => s.Secret && string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)) is { } kept)
            {
                value = kept.Value;
            }

            if (!IsToken(name) || value.Length > 4000 || value.Any(c => c is '\r' or '\n' or '\0'))
            {
                errors.Add(($"Headers[{i}]", WebhookError.InvalidHeader));
            }
            else if (Reserved.Contains(name))
            {
                errors.Add(($"Headers[{i}]", WebhookError.ReservedHeader));
            }
            else
            {
                headers.Add(new WebhookHeader(name, value, header.Secret));
            }
        }

        if (errors.Count > 0)
        {
            return new SaveWebhookResult(command.Key ?? Guid.Empty, null, errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        string? secret = null;
        if (record is null)
        {
            secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            record = new WebhookRecord { Key = Guid.NewGuid(), SigningSecret = secret, CreateDate = now };
            db.Webhooks.Add(record);
        }

        record.Name = string.IsNullOrWhiteSpace(command.Name) ? null : command.Name.Trim();
        record.Description = string.IsNullOrWhiteSpace(command.Description) ? null : command.Description.Trim();
        record.Url = url;
        record.Events = WebhookJson.Write(events);
        record.ContentTypeKeys = WebhookJson.Write(command.ContentTypeKeys.Distinct().ToList());
        record.Headers = WebhookJson.Write(headers);
        record.PayloadType = command.PayloadType;
        record.Enabled = command.Enabled;
        record.UpdateDate = now;
        await db.SaveChangesAsync(cancellationToken);
        return new SaveWebhookResult(record.Key, secret, []);
    }

    // RFC 9110 token characters.
    private static bool IsToken(string name) =>
        name.Length is > 0 and <= 100 && name.All(c => c < 127 && (char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c)));
}
