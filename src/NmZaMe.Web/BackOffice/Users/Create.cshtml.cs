using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Security;

namespace NmZaMe.Web.BackOffice.Users;

/// <summary>
/// An administrator adds a user. The user gets a generated one-time password, shown to the administrator once, to
/// be passed on in person or by phone and replaced at the first sign-in; administrators never choose others' passwords.
/// Organisation editors are not made here: they are invited by e-mail (<see cref="InviteModel"/>) and choose their own.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Users)]
public sealed class CreateModel(UserManager<BackOfficeUser> users, RoleManager<UserGroup> groups, Localization.BackOfficeText T, ILogger<CreateModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<UserGroup> Groups { get; private set; } = [];

    public string? OneTimePassword { get; private set; }

    public Guid? CreatedId { get; private set; }

    public async Task OnGetAsync() => Groups = await GroupsAsync();

    private async Task<List<UserGroup>> GroupsAsync() =>
        await groups.Roles.Where(g => g.Name != UserGroups.OrganisationEditors).OrderBy(g => g.DisplayName).ToListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Groups = await GroupsAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var group = Groups.FirstOrDefault(g => g.Name == Input.Group);
        if (group is null)
        {
            ModelState.AddModelError("Input.Group", T["Izberite skupino."]);
            return Page();
        }

        var password = OneTimePasswords.Generate();
        var user = new BackOfficeUser
        {
            UserName = Input.Email.Trim(),
            Email = Input.Email.Trim(),
            EmailConfirmed = true,
            Name = Input.Name.Trim(),
            MustChangePassword = true,
            LockoutEnabled = true,
            CreateDate = DateTime.UtcNow,
        };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, group.Name!);
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input.Email", error.Description);
            }

            return Page();
        }

        logger.LogInformation("User {UserId} created in group {Group} by {AdminId}", user.Id, group.Name, users.GetUserId(User));
        OneTimePassword = password;
        CreatedId = user.Id;
        return Page();
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

        [Required(ErrorMessage = "Izberite skupino.")]
        public string Group { get; set; } = UserGroups.Writers;
    }
}
