using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Invitations;
using NmZaMe.Cms.Persistence;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Users;

/// <summary>Invitations of organisation editors, newest first, with "send again" and "revoke" for those not used yet.</summary>
[Authorize(Policy = BackOfficePolicies.Invite)]
public sealed class InvitationsModel(CmsDbContext db, ResendInvitation resend, RevokeInvitation revoke, TimeProvider time, BackOfficeText T, ILogger<InvitationsModel> logger) : PageModel
{
    public const int Shown = 200;

    public sealed record Row(Guid Key, string Name, string Email, string Organisation, string InvitedBy, DateTime CreatedAt, DateTime ExpiresAt, InvitationState State, Guid? UserId)
    {
        public bool CanResend => State is InvitationState.Pending or InvitationState.Expired;
    }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    [BindProperty]
    public Guid Key { get; set; }

    public async Task OnGetAsync(Guid? sent, string? done, CancellationToken cancellationToken)
    {
        Message = sent is not null ? T["Vabilo je poslano."]
            : done == "resent" ? T["Vabilo je poslano znova; prejšnja povezava ne deluje več."]
            : done == "revoked" ? T["Vabilo je preklicano."]
            : null;
        await LoadAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken) =>
        ActAsync(() => resend.ExecuteAsync(Key, User.Identity?.Name ?? string.Empty, cancellationToken), "resent", cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken) =>
        ActAsync(() => revoke.ExecuteAsync(Key, User.Identity?.Name ?? string.Empty, cancellationToken), "revoked", cancellationToken);

    private async Task<IActionResult> ActAsync(Func<Task<InvitationError>> action, string done, CancellationToken cancellationToken)
    {
        var error = await action();
        if (error == InvitationError.None)
        {
            logger.LogInformation("Invitation {Key}: {Action} by {User}", Key, done, User.Identity?.Name);
            return LocalRedirect($"{BackOfficePaths.Invitations}?done={done}");
        }

        Message = InvitationTexts.Error(error, T);
        Failed = true;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var invitations = await db.Invitations.AsNoTracking().OrderByDescending(i => i.CreatedAt).Take(Shown).ToListAsync(cancellationToken);
        var keys = invitations.Select(i => i.StartContentKey).Distinct().ToList();
        var organisations = await db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key)).ToDictionaryAsync(n => n.Key, cancellationToken);
        var inviters = invitations.Select(i => i.InvitedBy).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => inviters.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.Name, cancellationToken);
        Rows = invitations.Select(i => new Row(
                i.Key, i.Name, i.Email,
                organisations.TryGetValue(i.StartContentKey, out var o) ? NodeNames.Of(o, "sl-SI") : T["(izbrisana)"],
                names.GetValueOrDefault(i.InvitedBy) is { Length: > 0 } name ? name : i.InvitedBy,
                i.CreatedAt, i.ExpiresAt, Cms.Invitations.Invitations.StateOf(i, now), i.UserId))
            .ToList();
    }
}
