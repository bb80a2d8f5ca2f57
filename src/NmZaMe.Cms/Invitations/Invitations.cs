using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Invitations;

/// <summary>Where an invitation stands; only a pending one opens the page that makes the account.</summary>
public enum InvitationState
{
    Pending,
    Accepted,
    Revoked,
    Expired,
}

/// <summary>What an invitation use case refused; the host words each code.</summary>
public enum InvitationError
{
    None,
    InvalidEmail,
    AlreadyUser,
    AlreadyInvited,
    UnknownOrganisation,
    UnknownGroup,
    NotFound,
    NotPending,
    Unknown,
    Used,
    Revoked,
    Expired,
    Password,
}

/// <summary>The mail with the invitation link, in the invited person's language.</summary>
public sealed record InvitationMail(string Name, string InvitedBy, string Organisation, string Token, DateTime ExpiresAt) : MailModel
{
    public const string Path = "/umbraco/invitation/";
}

/// <summary>Tokens, states and the audit line shared by the invitation use cases.</summary>
public static partial class Invitations
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>A new single-use token (256 random bits, URL-safe) and the hash that is stored instead of it.</summary>
    public static (string Token, string Hash) NewToken()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    public static InvitationState StateOf(InvitationRecord invitation, DateTime now) =>
        invitation.AcceptedAt is not null ? InvitationState.Accepted
        : invitation.RevokedAt is not null ? InvitationState.Revoked
        : invitation.ExpiresAt <= now ? InvitationState.Expired
        : InvitationState.Pending;

    /// <summary>
    /// The audit line, keyed by the invitation's key (the history table keeps lines of things that are not content too).
    /// </summary>
    public static void Audit(CmsDbContext db, InvitationRecord invitation, string action, string? userName, DateTime now) =>
        db.AuditEntries.Add(new AuditEntryRecord
        {
            NodeKey = invitation.Key,
            Date = now,
            UserName = userName,
            Action = action,
            Detail = $"{invitation.Email} → {invitation.StartContentKey}",
        });

    /// <summary>
    /// Blanks the link in the invitation's last mail once that link can no longer be used, so the outbox log, which keeps
    /// mail for a month, holds no token that still means anything and none at all after use.
    /// </summary>
    public static async Task BlankLinkAsync(CmsDbContext db, InvitationRecord invitation, CancellationToken cancellationToken)
    {
        if (invitation.MailKey is not { } key || await db.MailOutbox.FirstOrDefaultAsync(m => m.Key == key, cancellationToken) is not { } mail)
        {
            return;
        }

        mail.TextBody = TokenInLink().Replace(mail.TextBody, InvitationMail.Path + "-");
        mail.HtmlBody = mail.HtmlBody is null ? null : TokenInLink().Replace(mail.HtmlBody, InvitationMail.Path + "-");
    }

    [GeneratedRegex("/umbraco/invitation/[A-Za-z0-9_-]{16,}")]
    private static partial Regex TokenInLink();
}
