using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Media;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Cms.Invitations;

/// <summary>
/// An administrator or office editor invites someone to edit one organisation's entries: the invitation row (the
/// token's hash, 7 days), the mail with the link in the person's language and the audit line are saved together. The
/// organisation's media folder (at the media root, named as the organisation) is made first if there is none.
/// </summary>
public sealed class InviteOrganisationEditor(CmsDbContext db, MailOutbox outbox, CreateMediaFolder createFolder, TimeProvider time)
{
    public const string OrganisationType = "organisation";

    public sealed record Command(string Name, string Email, string Culture, Guid Organisation, string InvitedBy);

    public sealed record Result(InvitationError Error, InvitationRecord? Invitation = null)
    {
        public bool Succeeded => Error == InvitationError.None;
    }

    public async Task<Result> ExecuteAsync(Command command, CancellationToken cancellationToken = default)
    {
        var email = command.Email.Trim();
        if (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || email.Length > 256)
        {
            return new(InvitationError.InvalidEmail);
        }

        var normalised = email.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalised || u.NormalizedUserName == normalised, cancellationToken))
        {
            return new(InvitationError.AlreadyUser);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var open = await db.Invitations.Where(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now).Select(i => i.Email).ToListAsync(cancellationToken);
        if (open.Any(e => string.Equals(e, email, StringComparison.OrdinalIgnoreCase)))
        {
            return new(InvitationError.AlreadyInvited);
        }

        var organisation = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(
            n => n.Key == command.Organisation && n.Kind == ContentKind.Document && !n.Trashed && n.ContentTypeAlias == OrganisationType, cancellationToken);
        if (organisation is null)
        {
            return new(InvitationError.UnknownOrganisation);
        }

        if (!await db.Roles.AnyAsync(r => r.Name == UserGroups.OrganisationEditors, cancellationToken))
        {
            return new(InvitationError.UnknownGroup);
        }

        var culture = command.Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en-US" : "sl-SI";
        var mediaFolder = await MediaFolderOfAsync(MailRecipients.ItemName(organisation, "sl-SI"), command.InvitedBy, cancellationToken);
        var (token, hash) = Invitations.NewToken();
        var invitation = new InvitationRecord
        {
            Key = Guid.NewGuid(),
            TokenHash = hash,
            Email = email,
            Name = command.Name.Trim(),
            Culture = culture,
            Group = UserGroups.OrganisationEditors,
            StartContentKey = organisation.Key,
            StartMediaKey = mediaFolder,
            InvitedBy = command.InvitedBy,
            CreatedAt = now,
            ExpiresAt = now + Invitations.Lifetime,
        };
        db.Invitations.Add(invitation);
        var inviter = await MailRecipients.DisplayNameAsync(db, command.InvitedBy, cancellationToken);
        var mail = outbox.Enqueue(db, new MailRecipient(email, invitation.Name, culture),
            new InvitationMail(invitation.Name, inviter, MailRecipients.ItemName(organisation, culture), token, invitation.ExpiresAt));
        invitation.MailKey = mail.Key;
        Invitations.Audit(db, invitation, "Invite", command.InvitedBy, now);
        await db.SaveChangesAsync(cancellationToken);
        return new(InvitationError.None, invitation);
    }

    /// <summary>The organisation's folder at the media root (by name, as editors would look for it), made when missing.</summary>
    private async Task<Guid?> MediaFolderOfAsync(string organisation, string userName, CancellationToken cancellationToken)
    {
        var folders = await db.Nodes.AsNoTracking()
            .Where(n => n.Kind == ContentKind.Media && !n.Trashed && n.ParentId == null && n.ContentTypeAlias == MediaItems.FolderType)
            .ToListAsync(cancellationToken);
        var existing = folders.FirstOrDefault(f => ContentData.Deserialize(f.DraftData).Names.Values.Any(n => string.Equals(n.Trim(), organisation.Trim(), StringComparison.CurrentCultureIgnoreCase)));
        if (existing is not null)
        {
            return existing.Key;
        }

        var created = await createFolder.ExecuteAsync(null, organisation, userName, cancellationToken);
        return created.Succeeded ? created.Key : null;
    }
}
