namespace NmZaMe.Web.BackOffice;

/// <summary>Sign-in and session limits of the back office (<c>NmZaMe:BackOffice</c>).</summary>
public sealed class BackOfficeOptions
{
    /// <summary>Sign-in and 2FA attempts (POSTs) one client address may make per window.</summary>
    public int SignInAttemptsPerAddress { get; set; } = 20;

    /// <summary>Sign-in attempts for one account name per window, whoever makes them: slows a distributed guessing attack
    /// before the lockout locks the owner out.</summary>
    public int SignInAttemptsPerAccount { get; set; } = 10;

    public int SignInWindowSeconds { get; set; } = 300;

    /// <summary>Lockout after 5 failures lasts this long; an administrator can unlock earlier.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Inactivity timeout (sliding); a fraction of a minute is allowed so a test host can let a session expire quickly.</summary>
    public double IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>
    /// The back office is reached only over HTTPS (directly or through a known proxy). Its cookies then carry the
    /// <c>__Host-</c> prefix (ASVS 3.3.3): always Secure, path <c>/</c>, no Domain, so neither a plain-HTTP answer nor a
    /// sibling subdomain can set or shadow them. Off by default, because the prefix makes browsers refuse the cookies
    /// over plain HTTP (a local trial).
    /// </summary>
    public bool HttpsOnly { get; set; }

    /// <summary>
    /// Groups that may publish (and so change the live site) require 2FA from the start (ASVS 6.3.3), as
    /// Administrators always do. Applied once, when the groups are created or first seen by this version; an
    /// administrator can switch it off per group afterwards (<c>/umbraco/users/groups</c>).
    /// </summary>
    public bool TwoFactorForPublishers { get; set; } = true;

    /// <summary>Absolute session lifetime, however active the user is.</summary>
    public int MaxSessionHours { get; set; } = 12;
}
