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
}
