using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Reviews;

/// <summary>
/// "Confirm unchanged" for one entry (from the editor) or many (the dashboard's checkboxes): only entries within the
/// editor's start nodes; an organisation's editor confirms for the organisation, everyone else for the office. The
/// answer lists what was confirmed, what was sent for approval (an editor without the publish permission) and what
/// was refused, with the reason.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Edit)]
public sealed class ConfirmModel(CmsDbContext db, ISnapshotSource snapshots, ContentCommit commit, TimeProvider time, CurrentEditor editor, MailOutbox outbox, BackOfficeText T) : PageModel
{
    public sealed record Line(Guid Key, string Name, string? Refusal, bool Requested = false);

    [BindProperty]
    public List<Guid> Keys { get; set; } = [];

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public IActionResult OnGet() => LocalRedirect(BackOfficePaths.Root);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await editor.LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        var nodes = await db.Nodes.AsNoTracking().Where(n => Keys.Contains(n.Key) && n.Kind == ContentKind.Document).ToListAsync(cancellationToken);
        var inScope = nodes.Where(editor.Allows).ToList();
        var confirm = new ConfirmUnchanged(db, snapshots.Current.Schema, commit, time);
        var result = await confirm.ExecuteAsync(inScope.Select(n => n.Key).ToList(), Confirmer(db, snapshots.Current.Schema, commit, editor, outbox), cancellationToken);
        var culture = T.IsEnglish ? "en-US" : "sl-SI";
        Lines = Keys.Distinct().Select(key => inScope.FirstOrDefault(n => n.Key == key) is { } node
                ? new Line(key, NodeNames.Of(node, culture), result.Refused.TryGetValue(key, out var code) ? Words(code) : null, result.Requested.Contains(key))
                : new Line(key, key.ToString(), T["Te vsebine ni ali je ne smete urejati."]))
            .ToList();
        if (Keys.Count == 0)
        {
            Lines = [];
        }

        return Page();
    }

    /// <summary>The editor's rights for "confirm unchanged", wherever it is asked (this page, a list view's bulk action).</summary>
    public static ConfirmUnchanged.Confirmer Confirmer(CmsDbContext db, Cms.Schema.ContentSchema schema, ContentCommit commit, CurrentEditor editor, MailOutbox outbox) =>
        new(editor.UserName, editor.Groups.Any(g => g.Name == UserGroups.OrganisationEditors), editor.CanEditCulture,
            editor.Can(Permissions.ContentPublish) ? null : new RequestApproval(db, new SaveContent(db, schema, commit), outbox));

    private string Words(string code) => code switch
    {
        ConfirmUnchanged.SharedLanguage => T["Jezika {0} ne smete urejati ali objavljati: vaše skupine ga ne dovolijo. Nič ni shranjeno.", snapshots.Current.Schema.DefaultCulture],
        Cms.Catalogue.Review.WithoutContactChannel => T["Vnos nima svojega kontakta (telefona, e-pošte, spletne strani ali naslova), zato ga ni mogoče označiti kot preverjenega."],
        ConfirmUnchanged.NotPublished => T["Vnos ni objavljen; potrdite ga po objavi."],
        ConfirmUnchanged.NotReviewed => T["Ta vrsta vsebine se ne preverja."],
        _ => T["Te vsebine ni ali je ne smete urejati."],
    };
}
