using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Users;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Media;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.BackOffice.Security;

namespace NmZaMe.Web.BackOffice.Users;

/// <summary>
/// One user, for administrators: groups, password reset, lock and unlock, 2FA reset, sign out everywhere. Every
/// action that takes access away renews the security stamp, so the user's open sessions end at their next request.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Users)]
public sealed class EditModel(
    UserManager<BackOfficeUser> users, RoleManager<UserGroup> groups, SignInManager<BackOfficeUser> signIn, CmsDbContext db, ISnapshotSource snapshots,
    BackOfficeText T, ILogger<EditModel> logger) : PageModel
{
    public BackOfficeUser Account { get; private set; } = null!;

    public IReadOnlyList<UserGroup> AllGroups { get; private set; } = [];

    public IReadOnlySet<string> MemberOf { get; private set; } = new HashSet<string>();

    public bool Locked { get; private set; }

    public bool IsSelf { get; private set; }

    public string? Message { get; private set; }

    public string? OneTimePassword { get; private set; }

    [BindProperty]
    public List<string> SelectedGroups { get; set; } = [];

    [BindProperty]
    public Guid? StartNode { get; set; }

    [BindProperty]
    public string Culture { get; set; } = string.Empty;

    /// <summary>The media folder the user works in (review B18); none: the whole library, or none at all for organisation editors.</summary>
    [BindProperty]
    public Guid? StartMedia { get; set; }

    public IReadOnlyList<(Guid Key, string Label)> MediaFolders { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public StartNodePicker Picker { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostResetPasswordAsync(Guid id) => ActAsync(id, async user =>
    {
        var password = OneTimePasswords.Generate();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return string.Join(" ", result.Errors.Select(e => e.Description));
        }

        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.ResetAccessFailedCountAsync(user);
        OneTimePassword = password;
        return T["Geslo je ponastavljeno. Uporabnik je odjavljen iz vseh naprav in si mora ob prijavi izbrati novo geslo."];
    });

    public Task<IActionResult> OnPostLockAsync(Guid id) => ActAsync(id, async user =>
    {
        if (IsSelf)
        {
            return T["Sebe ne morete zakleniti."];
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        return T["Uporabnik je zaklenjen in odjavljen iz vseh naprav."];
    });

    public Task<IActionResult> OnPostUnlockAsync(Guid id) => ActAsync(id, async user =>
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return T["Uporabnik je odklenjen."];
    });

    public Task<IActionResult> OnPostSignOutEverywhereAsync(Guid id) => ActAsync(id, async user =>
    {
        await users.UpdateSecurityStampAsync(user);
        return T["Uporabnik je odjavljen iz vseh naprav."];
    });

    public Task<IActionResult> OnPostResetTwoFactorAsync(Guid id) => ActAsync(id, async user =>
    {
        // For a lost phone, after the administrator has confirmed who is asking (ASVS 6.4.4).
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        return T["Dvostopenjska prijava je ponastavljena; uporabnik jo bo ob naslednji prijavi nastavil znova."];
    });

    public Task<IActionResult> OnPostGroupsAsync(Guid id) => ActAsync(id, async user =>
    {
        var valid = AllGroups.Select(g => g.Name!).ToHashSet(StringComparer.Ordinal);
        var wanted = SelectedGroups.Where(valid.Contains).ToHashSet(StringComparer.Ordinal);
        if (IsSelf && MemberOf.Contains(UserGroups.Administrators) && !wanted.Contains(UserGroups.Administrators))
        {
            return T["Sebe ne morete odstraniti iz skupine administratorjev."];
        }

        if (WithoutStartNode(user.StartContentKey, wanted) is { } limited)
        {
            return T["Uporabnik v skupini »{0}« potrebuje začetno vozlišče: najprej izberite začetno vozlišče, nato skupino.", limited.DisplayName];
        }

        await users.RemoveFromRolesAsync(user, MemberOf.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(MemberOf));
        await users.UpdateSecurityStampAsync(user);
        return T["Skupine so shranjene."];
    });

    public Task<IActionResult> OnPostStartNodeAsync(Guid id) => ActAsync(id, async user =>
    {
        if (StartNode is { } key && !await StartNodePicker.ExistsAsync(db, key, HttpContext.RequestAborted))
        {
            return T["Izbranega začetnega vozlišča ni (več)."];
        }

        if (WithoutStartNode(StartNode, MemberOf) is { } limited)
        {
            return T["Uporabnik je v skupini »{0}«, ki dela le v delu drevesa, zato potrebuje začetno vozlišče.", limited.DisplayName];
        }

        user.StartContentKey = StartNode;
        await users.UpdateAsync(user);
        await RenewAsync(user);
        return StartNode is null ? T["Uporabnik nima več svojega začetnega vozlišča (velja vozlišče skupin)."] : T["Začetno vozlišče je shranjeno."];
    });

    public Task<IActionResult> OnPostStartMediaAsync(Guid id) => ActAsync(id, async user =>
    {
        if (StartMedia is { } key && MediaFolders.All(f => f.Key != key))
        {
            return T["Izbrane mape ni (več)."];
        }

        user.StartMediaKey = StartMedia;
        await users.UpdateAsync(user);
        await RenewAsync(user);
        return T["Začetna mapa medijev je shranjena."];
    });

    public Task<IActionResult> OnPostCultureAsync(Guid id) => ActAsync(id, async user =>
    {
        if (!BackOfficeText.Cultures.Any(c => c.Culture == Culture))
        {
            return T["Izberite jezik s seznama."];
        }

        user.Culture = Culture;
        await users.UpdateAsync(user);
        if (IsSelf)
        {
            await signIn.RefreshSignInAsync(user);
        }

        return T["Jezik je shranjen."];
    });

    /// <summary>
    /// A group limited to a start node (review B19) that would leave the user with none: their own start node and the
    /// groups' give nothing. The user is not saved so; null when the groups and the start node go together.
    /// </summary>
    private UserGroup? WithoutStartNode(Guid? own, IReadOnlySet<string> memberOf)
    {
        var chosen = AllGroups.Where(g => memberOf.Contains(g.Name!)).ToList();
        return StartNodeRule.Resolve(own, chosen) is { Count: 0 } ? chosen.FirstOrDefault(g => UserGroups.LimitedToStartNode.Contains(g.Name!)) : null;
    }

    /// <summary>Ends the user's other sessions after a change of rights; an administrator changing themselves stays signed in.</summary>
    private async Task RenewAsync(BackOfficeUser user)
    {
        await users.UpdateSecurityStampAsync(user);
        if (IsSelf)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<BackOfficeUser, Task<string>> action)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Message = await action(Account);
        logger.LogInformation("Administrator {AdminId} on user {UserId}: {Action}", users.GetUserId(User), id, Request.Query["handler"].ToString());
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return false;
        }

        Account = user;
        AllGroups = await groups.Roles.OrderBy(g => g.DisplayName).ToListAsync();
        MemberOf = (await users.GetRolesAsync(user)).ToHashSet(StringComparer.Ordinal);
        Locked = await users.IsLockedOutAsync(user);
        IsSelf = users.GetUserId(User) == user.Id.ToString();
        Picker = await StartNodePicker.LoadAsync(db, user.StartContentKey, Query, snapshots.Current.Schema.DefaultCulture, HttpContext.RequestAborted);
        MediaFolders = await MediaFolderChoices.LoadAsync(db, snapshots.Current.Schema.DefaultCulture, HttpContext.RequestAborted);
        return true;
    }
}
