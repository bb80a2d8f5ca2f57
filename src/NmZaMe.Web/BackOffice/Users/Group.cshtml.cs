using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Users;

/// <summary>
/// One user group for administrators: display name, permissions, start node, media start folder, languages and the
/// 2FA requirement. A change
/// applies at once: every member's security stamp is renewed, so their sessions end and they sign in with the new
/// rights (the administrator's own session is renewed in place).
/// </summary>
[Authorize(Policy = BackOfficePolicies.Users)]
public sealed class GroupModel(
    RoleManager<UserGroup> groups, UserManager<BackOfficeUser> users, SignInManager<BackOfficeUser> signIn, CmsDbContext db,
    ISnapshotSource snapshots, BackOfficeText T, ILogger<GroupModel> logger) : PageModel
{
    public UserGroup Group { get; private set; } = null!;

    public StartNodePicker Picker { get; private set; } = null!;

    public int Members { get; private set; }

    public ContentSchema Schema => snapshots.Current.Schema;

    [BindProperty]
    [Required(ErrorMessage = "Vpišite ime skupine.")]
    [StringLength(256, ErrorMessage = "Največ 256 znakov.")]
    public string DisplayName { get; set; } = string.Empty;

    [BindProperty]
    public List<string> Permissions { get; set; } = [];

    [BindProperty]
    public bool RequireTwoFactor { get; set; }

    [BindProperty]
    public Guid? StartNode { get; set; }

    /// <summary>The group's media start folder (combined with each member's own, as in Umbraco).</summary>
    [BindProperty]
    public Guid? StartMedia { get; set; }

    public IReadOnlyList<(Guid Key, string Label)> MediaFolders { get; private set; } = [];

    /// <summary>Umbraco 17's "allow access to all languages"; when off, members edit and publish only <see cref="Languages"/>.</summary>
    [BindProperty]
    public bool AllLanguages { get; set; } = true;

    [BindProperty]
    public List<string> Languages { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        DisplayName = Group.DisplayName;
        RequireTwoFactor = Group.RequireTwoFactor;
        StartMedia = Group.StartMediaKey;
        AllLanguages = Group.Languages is null;
        Languages = [.. LanguageRule.Parse(Group.Languages) ?? []];
        Permissions = (await groups.GetClaimsAsync(Group)).Where(c => c.Type == Cms.Users.Permissions.ClaimType).Select(c => c.Value).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var wanted = Permissions.Where(Cms.Users.Permissions.All.Contains).ToHashSet(StringComparer.Ordinal);
        if (Group.Name == UserGroups.Administrators && !wanted.Contains(Cms.Users.Permissions.UsersManage))
        {
            ModelState.AddModelError(nameof(Permissions), T["Skupini administratorjev ne morete odvzeti upravljanja uporabnikov, sicer nihče več ne bi mogel urejati pravic."]);
        }

        if (StartNode is { } key && !await StartNodePicker.ExistsAsync(db, key, cancellationToken))
        {
            ModelState.AddModelError(nameof(StartNode), T["Izbranega začetnega vozlišča ni (več)."]);
        }

        if (StartMedia is { } folder && MediaFolders.All(f => f.Key != folder))
        {
            ModelState.AddModelError(nameof(StartMedia), T["Izbrane mape ni (več)."]);
        }

        var cultures = snapshots.Current.Schema.Languages.Select(l => l.IsoCode).Where(c => Languages.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (!AllLanguages && cultures.Count == 0)
        {
            ModelState.AddModelError(nameof(Languages), T["Izberite vsaj en jezik ali dovolite vse jezike."]);
        }

        // A group for one part of the tree (review B19): without its start node, members without their own would open nothing.
        if (StartNode is null && UserGroups.LimitedToStartNode.Contains(Group.Name ?? string.Empty)
            && (await users.GetUsersInRoleAsync(Group.Name!)).Where(m => m.StartContentKey is null).Select(m => m.UserName).ToList() is { Count: > 0 } without)
        {
            ModelState.AddModelError(nameof(StartNode), T["Skupina dela le v delu drevesa: člani brez svojega začetnega vozlišča ({0}) bi ostali brez njega. Najprej jim ga nastavite.", string.Join(", ", without)]);
        }

        if (!ModelState.IsValid)
        {
            // Show the start node the administrator chose, when it exists, rather than the saved one.
            if (StartNode is { } chosen && ModelState[nameof(StartNode)] is not { Errors.Count: > 0 })
            {
                Picker = await StartNodePicker.LoadAsync(db, chosen, Query, snapshots.Current.Schema.DefaultCulture, cancellationToken);
            }

            return Page();
        }

        Group.DisplayName = DisplayName.Trim();
        Group.RequireTwoFactor = RequireTwoFactor;
        Group.StartContentKey = StartNode;
        Group.StartMediaKey = StartMedia;
        Group.Languages = LanguageRule.Format(AllLanguages ? null : cultures);
        Check(await groups.UpdateAsync(Group));
        var current = (await groups.GetClaimsAsync(Group)).Where(c => c.Type == Cms.Users.Permissions.ClaimType).ToList();
        foreach (var claim in current.Where(c => !wanted.Contains(c.Value)))
        {
            Check(await groups.RemoveClaimAsync(Group, claim));
        }

        foreach (var permission in wanted.Except(current.Select(c => c.Value)))
        {
            Check(await groups.AddClaimAsync(Group, new Claim(Cms.Users.Permissions.ClaimType, permission)));
        }

        var members = await users.GetUsersInRoleAsync(Group.Name!);
        foreach (var member in members)
        {
            await users.UpdateSecurityStampAsync(member);
        }

        logger.LogInformation("Administrator {AdminId} changed user group {Group}: permissions {Permissions}, start node {StartNode}, media {StartMedia}, languages {Languages}, 2FA {TwoFactor}; {Members} members must sign in again",
            users.GetUserId(User), Group.Name, string.Join(",", wanted), StartNode, StartMedia, Group.Languages ?? "*", RequireTwoFactor, members.Count);
        if (members.FirstOrDefault(m => m.Id.ToString() == users.GetUserId(User)) is { } self)
        {
            await signIn.RefreshSignInAsync(self);
        }

        return RedirectToPage(new { id, saved = true });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await groups.FindByIdAsync(id.ToString()) is not { } group)
        {
            return false;
        }

        Group = group;
        Members = (await users.GetUsersInRoleAsync(group.Name!)).Count;
        Picker = await StartNodePicker.LoadAsync(db, group.StartContentKey, Query, snapshots.Current.Schema.DefaultCulture, cancellationToken);
        MediaFolders = await MediaFolderChoices.LoadAsync(db, snapshots.Current.Schema.DefaultCulture, cancellationToken);
        if (HttpMethods.IsGet(Request.Method) && Request.Query.ContainsKey("saved"))
        {
            Message = T["Skupina je shranjena. Člani se morajo znova prijaviti, da dobijo nove pravice."];
        }

        return true;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
