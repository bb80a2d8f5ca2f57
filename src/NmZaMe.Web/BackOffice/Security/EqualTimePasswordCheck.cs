using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>
/// When sign-in stops before Identity hashes the password (unknown account, locked account), a password is verified
/// against a dummy hash anyway, with the same hasher, so the answer takes as long as for a wrong password and the
/// timing does not tell which accounts exist.
/// </summary>
public sealed class EqualTimePasswordCheck(IPasswordHasher<BackOfficeUser> hasher, EqualTimePasswordCheck.DummyHash dummy)
{
    private static readonly BackOfficeUser Nobody = new();

    public void Spend(string password) => hasher.VerifyHashedPassword(Nobody, dummy.Value, password);

    /// <summary>Made once per process (hashing is deliberately slow), with Identity's configured iteration count.</summary>
    public sealed class DummyHash(IOptions<PasswordHasherOptions> options)
    {
        private readonly Lazy<string> _value = new(() => new PasswordHasher<BackOfficeUser>(options).HashPassword(Nobody, OneTimePasswords.Generate()));

        public string Value => _value.Value;
    }
}
