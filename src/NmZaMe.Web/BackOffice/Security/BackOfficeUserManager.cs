using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>Identity's user manager with longer recovery codes (five groups of five from 31 characters, 124 bits) than Identity's 10 characters.</summary>
public sealed class BackOfficeUserManager(
    IUserStore<BackOfficeUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<BackOfficeUser> passwordHasher,
    IEnumerable<IUserValidator<BackOfficeUser>> userValidators,
    IEnumerable<IPasswordValidator<BackOfficeUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<BackOfficeUser>> logger)
    : UserManager<BackOfficeUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    // Crockford-like alphabet without 0/O and 1/I/L, so codes read aloud or copied by hand survive.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    protected override string CreateTwoFactorRecoveryCode() =>
        string.Join('-', Enumerable.Range(0, 5).Select(_ => RandomNumberGenerator.GetString(Alphabet, 5)));
}
