using Microsoft.AspNetCore.Identity;

namespace NmZaMe.Cms.Users;

/// <summary>
/// A user group (an Identity role). <see cref="IdentityRole{TKey}.Name"/> holds the stable alias (Umbraco style,
/// e.g. "admin"); permissions are role claims of type <see cref="Permissions.ClaimType"/>, so they reach the
/// signed-in user's principal without extra queries.
/// </summary>
public sealed class UserGroup : IdentityRole<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Members must have an authenticator app set up before they can use the back office.</summary>
    public bool RequireTwoFactor { get; set; }

    /// <summary>Default start node for members without one of their own.</summary>
    public Guid? StartContentKey { get; set; }

    /// <summary>Default media start folder for members; combined with the member's own as Umbraco combines them (<see cref="StartNodeRule.ResolveMedia"/>).</summary>
    public Guid? StartMediaKey { get; set; }

    /// <summary>
    /// The cultures members may edit and publish, comma-separated ISO codes (Umbraco 17's group "Languages"); null
    /// for "all languages", the default. Read through <see cref="LanguageRule"/>.
    /// </summary>
    public string? Languages { get; set; }
}
