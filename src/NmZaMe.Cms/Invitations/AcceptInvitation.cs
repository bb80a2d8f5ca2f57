using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Cms.Invitations;

/// <summary>
/// The invited person chooses a password: in one transaction the invitation is claimed (only while still pending, so
/// two tabs cannot both use it), the account is made with the password rules Identity applies everywhere (length,
/// the breached-password list), limited to the organisation and its media folder, in the invitation's group and
/// language, with two-factor sign-in required; the link in the mail is blanked and the use audited. Any refusal
/// rolls everything back, so the link still works after a password was refused.
/// </summary>
public sealed class AcceptInvitation(CmsDbContext db, UserManager<BackOfficeUser> users, TimeProvider time)
{
    public sealed record Result(InvitationError Error, BackOfficeUser? User = null, IReadOnlyList<IdentityError>? PasswordErrors = null)
    {
        public bool Succeeded => Error == InvitationError.None;
    }

    /// <summary>The invitation behind a link's token, and whether it can still be used.</summary>
    public async Task<(InvitationRecord? Invitation, InvitationError Error)> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        // Tokens are 43 URL-safe characters; anything else is not looked up at all.
        if (token is not { Length: >= 16 and <= 128 })
        {
            return (null, InvitationError.Unknown);
        }

        var hash = Invitations.Hash(token);
        var invitation = await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return invitation is null
            ? (null, InvitationError.Unknown)
            : (invitation, Invitations.StateOf(invitation, time.GetUtcNow().UtcDateTime) switch
            {
                InvitationState.Accepted => InvitationError.Used,
                InvitationState.Revoked => InvitationError.Revoked,
                InvitationState.Expired => InvitationError.Expired,
                _ => InvitationError.None,
            });
    }

    public async Task<Result> ExecuteAsync(string token, string password, CancellationToken cancellationToken = default)
    {
        var (found, error) = await FindAsync(token, cancellationToken);
        if (found is null || error != InvitationError.None)
        {
            return new(error);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var userId = Guid.NewGuid();
        var claimed = await db.Invitations
            .Where(i => i.Id == found.Id && i.TokenHash == found.TokenHash && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, now).SetProperty(i => i.UserId, userId), cancellationToken);
        if (claimed != 1)
        {
            return new(InvitationError.Used);
        }

        if (await users.FindByEmailAsync(found.Email) is not null)
        {
            return new(InvitationError.AlreadyUser);
        }

        var user = new BackOfficeUser
        {
            Id = userId,
            UserName = found.Email,
            Email = found.Email,
            EmailConfirmed = true,
            Name = found.Name,
            Culture = found.Culture,
            StartContentKey = found.StartContentKey,
            StartMediaKey = found.StartMediaKey,
            RequireTwoFactor = true,
            LockoutEnabled = true,
            CreateDate = now,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal) || e.Code.Contains("Common", StringComparison.Ordinal))
                ? new(InvitationError.Password, PasswordErrors: created.Errors.ToList())
                : new(InvitationError.AlreadyUser, PasswordErrors: created.Errors.ToList());
        }

        var joined = await users.AddToRoleAsync(user, found.Group);
        if (!joined.Succeeded)
        {
            return new(InvitationError.UnknownGroup);
        }

        var invitation = await db.Invitations.FirstAsync(i => i.Id == found.Id, cancellationToken);
        await Invitations.BlankLinkAsync(db, invitation, cancellationToken);
        Invitations.Audit(db, invitation, "InviteAccept", user.UserName, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(InvitationError.None, user);
    }
}
