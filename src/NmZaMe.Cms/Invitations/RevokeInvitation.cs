using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Invitations;

/// <summary>Withdraws an invitation that has not been used: its link answers "no longer valid" from now on.</summary>
public sealed class RevokeInvitation(CmsDbContext db, TimeProvider time)
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

        invitation.RevokedAt = now;
        await Invitations.BlankLinkAsync(db, invitation, cancellationToken);
        Invitations.Audit(db, invitation, "InviteRevoke", userName, now);
        await db.SaveChangesAsync(cancellationToken);
        return InvitationError.None;
    }
}
