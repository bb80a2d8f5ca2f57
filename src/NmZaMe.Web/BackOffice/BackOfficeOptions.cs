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

    /// <summary>Inactivity timeout (sliding).</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>Absolute session lifetime, however active the user is.</summary>
    public int MaxSessionHours { get; set; } = 12;
}
