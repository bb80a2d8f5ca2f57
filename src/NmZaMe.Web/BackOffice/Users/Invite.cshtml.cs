using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Invitations;
using NmZaMe.Cms.Persistence;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Users;

/// <summary>
/// Invite an organisation's editor by e-mail: name, address, language and the organisation (within the inviter's own
/// start node). The person sets their own password from the link; nobody sees or passes on a password.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Invite)]
public sealed class InviteModel(CmsDbContext db, InviteOrganisationEditor invite, CurrentEditor editor, BackOfficeText T) : PageModel
{
    public sealed record Organisation(Guid Key, string Name);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(Guid? organisation, CancellationToken cancellationToken)
    {
        Organisations = await OrganisationsAsync(cancellationToken);
        if (organisation is { } key && Organisations.Any(o => o.Key == key))
        {
            Input.Organisation = key;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Organisations = await OrganisationsAsync(cancellationToken);
        if (Input.Organisation is not { } organisation || Organisations.All(o => o.Key != organisation))
        {
            ModelState.AddModelError("Input.Organisation", T["Izberite organizacijo s seznama."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await invite.ExecuteAsync(new(Input.Name, Input.Email, Input.Culture, Input.Organisation!.Value, User.Identity?.Name ?? string.Empty), cancellationToken);
        if (!result.Succeeded)
        {
            var field = result.Error == InvitationError.UnknownOrganisation ? "Input.Organisation" : "Input.Email";
            ModelState.AddModelError(field, InvitationTexts.Error(result.Error, T));
            return Page();
        }

        return LocalRedirect($"{BackOfficePaths.Invitations}?sent={result.Invitation!.Key}");
    }

    /// <summary>Organisations, drafts included, that lie within the inviter's start nodes.</summary>
    private async Task<IReadOnlyList<Organisation>> OrganisationsAsync(CancellationToken cancellationToken)
    {
        if (!await editor.LoadAsync(cancellationToken))
        {
            return [];
        }

        var organisations = await db.Nodes.AsNoTracking()
            .Where(n => n.Kind == ContentKind.Document && !n.Trashed && n.ContentTypeAlias == InviteOrganisationEditor.OrganisationType)
            .ToListAsync(cancellationToken);
        return organisations
            .Where(editor.Allows)
            .Select(n => new Organisation(n.Key, NodeNames.Of(n, "sl-SI")))
            .OrderBy(o => o.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sl-SI"), ignoreCase: true))
            .ToList();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vpišite ime.")]
        [StringLength(256, ErrorMessage = "Največ 256 znakov.")]
        public string Name { get; set; } = string.Empty;

        [Required(ErrorMessage = "Vpišite e-poštni naslov.")]
        [EmailAddress(ErrorMessage = "E-poštni naslov ni veljaven.")]
        [StringLength(256, ErrorMessage = "Največ 256 znakov.")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Izberite jezik s seznama.")]
        [RegularExpression("^(sl-SI|en-US)$", ErrorMessage = "Izberite jezik s seznama.")]
        public string Culture { get; set; } = "sl-SI";

        public Guid? Organisation { get; set; }
    }
}
