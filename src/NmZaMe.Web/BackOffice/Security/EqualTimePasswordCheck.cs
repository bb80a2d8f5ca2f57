using Microsoft.AspNetCore.Identity;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>
/// When sign-in stops before Identity hashes the password (unknown account, locked account), a password is verified
/// against a dummy hash anyway, so the answer takes as long as for a wrong password and the timing does not tell
/// which accounts exist.
/// </summary>
public sealed class EqualTimePasswordCheck
{
    private readonly IPasswordHasher<BackOfficeUser> _hasher;
    private readonly BackOfficeUser _nobody = new();
    private readonly string _dummyHash;

    public EqualTimePasswordCheck(IPasswordHasher<BackOfficeUser> hasher)
    {
        _hasher = hasher;
        _dummyHash = hasher.HashPassword(_nobody, OneTimePasswords.Generate());
    }

    public void Spend(string password) => _hasher.VerifyHashedPassword(_nobody, _dummyHash, password);
}
