namespace NmZaMe.Cms.Persistence;

/// <summary>
/// An invitation to become an organisation's editor (<c>nmzameInvitation</c>). Only a SHA-256 hash of the link's token
/// is kept, so neither the database nor a backup can open an account; the token itself exists only in the mail.
/// </summary>
public sealed class InvitationRecord
{
    public long Id { get; set; }

    public Guid Key { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token in the link; a resend replaces it, so the older link stops working.</summary>
    public string TokenHash { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>The invited person's language: the mail, the invitation page and then their back office.</summary>
    public string Culture { get; set; } = "sl-SI";

    /// <summary>The group the account joins.</summary>
    public string Group { get; set; } = string.Empty;

    /// <summary>The organisation: the account's content start node.</summary>
    public Guid StartContentKey { get; set; }

    /// <summary>The organisation's media folder: the account's media start node.</summary>
    public Guid? StartMediaKey { get; set; }

    public string InvitedBy { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>The account made from this invitation.</summary>
    public Guid? UserId { get; set; }

    /// <summary>The last mail sent with a link, whose link is blanked once the invitation is used, revoked or resent.</summary>
    public Guid? MailKey { get; set; }
}
