using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Invitations;

/// <summary>
/// Sends a pending or expired invitation again with a new token and seven more days; the older link stops working
/// (its hash is replaced and its mail's link blanked). A used or revoked invitation is not sent again.
/// </summary>
public sealed class ResendInvitation(CmsDbContext db, MailOutbox outbox, TimeProvider time)
{
    public async Task<InvitationError> ExecuteAsync(Guid key, string userName, CancellationToken cancellationToken = default)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Key == key, cancellationToken);
        if (invitation is null)
        {
            return InvitationError.NotFound;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (Invitations.StateOf(invitation, now) is not (InvitationState.Pending or InvitationState.Expired))
        {
            return InvitationError.NotPending;
        }

        var normalised = invitation.Email.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalised || u.NormalizedUserName == normalised, cancellationToken))
        {
            return InvitationError.AlreadyUser;
        }

        var organisation = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == invitation.StartContentKey && !n.Trashed, cancellationToken);
        if (organisation is null)
        {
            return InvitationError.UnknownOrganisation;
        }

        await Invitations.BlankLinkAsync(db, invitation, cancellationToken);
        var (token, hash) = Invitations.NewToken();
        invitation.TokenHash = hash;
        invitation.ExpiresAt = now + Invitations.Lifetime;
        var inviter = await MailRecipients.DisplayNameAsync(db, userName, cancellationToken);
        var mail = outbox.Enqueue(db, new MailRecipient(invitation.Email, invitation.Name, invitation.Culture),
            new InvitationMail(invitation.Name, inviter, MailRecipients.ItemName(organisation, invitation.Culture), token, invitation.ExpiresAt));
        invitation.MailKey = mail.Key;
        Invitations.Audit(db, invitation, "InviteResend", userName, now);
        await db.SaveChangesAsync(cancellationToken);
        return InvitationError.None;
    }
}
