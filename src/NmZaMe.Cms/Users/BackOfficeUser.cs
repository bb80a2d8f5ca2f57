using Microsoft.AspNetCore.Identity;

namespace NmZaMe.Cms.Users;

/// <summary>A back-office user (an editor or administrator). The user name is the e-mail address, as in Umbraco.</summary>
public sealed class BackOfficeUser : IdentityUser<Guid>
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Set for generated and administrator-reset passwords: such a password only opens the change-password page.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The content item this user may work in (with its descendants); null means the whole tree (or the group's start node).</summary>
    public Guid? StartContentKey { get; set; }

    /// <summary>The media folder this user may work in (with its sub-folders); null means the whole library.</summary>
    public Guid? StartMediaKey { get; set; }

    /// <summary>
    /// Two-factor sign-in is required of this account whatever its groups say: set for accounts made from an invitation,
    /// whose holder was asked to set it up and works with an organisation's entries from outside the office.
    /// </summary>
    public bool RequireTwoFactor { get; set; }

    /// <summary>UI culture of the back office for this user; Slovenian until English is selectable.</summary>
    public string Culture { get; set; } = "sl-SI";

    public DateTime CreateDate { get; set; }

    public DateTime? LastLoginDate { get; set; }
}
