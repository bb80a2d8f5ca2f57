using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Sessions;

/// <summary>
/// Sealed forms kept per account and address in the database, so every node (and a node after a restart) can give
/// them back. A form lives <see cref="Lifetime"/>, is given back once (the node whose delete succeeds returns it) and
/// expired rows are deleted by whichever node keeps the next form or runs <see cref="KeptFormCleanup"/>.
/// </summary>
public sealed class KeptFormStore(ICmsDbContextFactory dbFactory, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>An account's oldest forms beyond this many are dropped, so posts to ever new addresses cannot fill the database.</summary>
    public const int MaxPerAccount = 20;

    public async Task KeepAsync(Guid owner, string url, byte[] payload, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var address = AddressOf(url);
        await using var db = dbFactory.Create();
        await db.KeptForms.Where(k => k.ExpiresAt <= now || (k.Owner == owner && k.Address == address)).ExecuteDeleteAsync(cancellationToken);
        db.KeptForms.Add(new KeptFormRecord { Owner = owner, Address = address, Payload = payload, ExpiresAt = now + Lifetime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form posted twice at once (two tabs, two nodes): the other copy is kept.
            return;
        }

        var surplus = await db.KeptForms.Where(k => k.Owner == owner).OrderByDescending(k => k.ExpiresAt).ThenByDescending(k => k.Id)
            .Skip(MaxPerAccount).Select(k => k.Id).ToListAsync(cancellationToken);
        if (surplus.Count > 0)
        {
            await db.KeptForms.Where(k => surplus.Contains(k.Id)).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>The account's form for the address, deleted as it is taken; null when there is none or another request took it.</summary>
    public async Task<byte[]?> TakeAsync(Guid owner, string url, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var address = AddressOf(url);
        await using var db = dbFactory.Create();
        var kept = await db.KeptForms.AsNoTracking().Where(k => k.Owner == owner && k.Address == address && k.ExpiresAt > now)
            .Select(k => new { k.Id, k.Payload }).FirstOrDefaultAsync(cancellationToken);
        if (kept is null || await db.KeptForms.Where(k => k.Id == kept.Id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return null;
        }

        return kept.Payload;
    }

    /// <summary>How many expired forms were deleted.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = dbFactory.Create();
        return await db.KeptForms.Where(k => k.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }

    private static string AddressOf(string url) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)));
}
