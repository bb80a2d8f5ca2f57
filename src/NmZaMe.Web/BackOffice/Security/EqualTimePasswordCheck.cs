using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>
/// When sign-in stops before Identity hashes the password (unknown account, locked account), the same work is done
/// anyway, so the answer takes as long as for a wrong password and the timing does not tell which accounts exist
/// (ASVS 6.3.8): a password is verified against a dummy hash with the same hasher, and one row is updated in its own
/// write, as a wrong password updates the account's failure count.
/// </summary>
public sealed class EqualTimePasswordCheck(IPasswordHasher<BackOfficeUser> hasher, EqualTimePasswordCheck.DummyHash dummy, CmsDbContext db, TimeProvider clock)
{
    /// <summary>The row the write goes to; it holds nothing but the time of the last unmatched attempt.</summary>
    public const string MarkerKey = "signin:unmatched";

    private static readonly BackOfficeUser Nobody = new();

    public async Task SpendAsync(string password, CancellationToken cancellationToken = default)
    {
        hasher.VerifyHashedPassword(Nobody, dummy.Value, password);
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.KeyValues.Where(k => k.Key == MarkerKey).ExecuteUpdateAsync(s => s.SetProperty(k => k.UpdateDate, now), cancellationToken) == 0)
        {
            db.KeyValues.Add(new KeyValueRecord { Key = MarkerKey, Value = string.Empty, UpdateDate = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node or request added the row first; the write was made either way.
            }
        }
    }

    /// <summary>Made once per process (hashing is deliberately slow), with Identity's configured iteration count.</summary>
    public sealed class DummyHash(IOptions<PasswordHasherOptions> options)
    {
        private readonly Lazy<string> _value = new(() => new PasswordHasher<BackOfficeUser>(options).HashPassword(Nobody, OneTimePasswords.Generate()));

        public string Value => _value.Value;
    }
}
