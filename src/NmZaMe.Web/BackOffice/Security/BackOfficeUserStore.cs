using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>
/// Identity's EF Core store, except that recovery codes are kept as SHA-256 hashes: Identity stores them in clear
/// text. The codes carry 124 bits of entropy (<see cref="BackOfficeUserManager"/>), so a fast hash suffices (ASVS 6.5.2).
/// </summary>
public sealed class BackOfficeUserStore(CmsDbContext db, IdentityErrorDescriber? describer = null)
    : UserStore<BackOfficeUser, UserGroup, CmsDbContext, Guid>(db, describer)
{
    public override Task ReplaceCodesAsync(BackOfficeUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(Hash), cancellationToken);

    public override Task<bool> RedeemCodeAsync(BackOfficeUser user, string code, CancellationToken cancellationToken = default) =>
        base.RedeemCodeAsync(user, Hash(code), cancellationToken);

    internal static string Hash(string code)
    {
        var normalised = new string(code.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(normalised)));
    }
}
