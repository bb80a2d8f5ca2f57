using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Corrections;

/// <summary>Open (new or accepted) suggestions per entry, for the organisation editor's home ("Moji vnosi").</summary>
public sealed class OpenCorrectionCounts(ICmsDbContextFactory dbFactory) : IOpenCorrections
{
    public async Task<IReadOnlyDictionary<Guid, int>> CountAsync(IReadOnlyCollection<Guid> entries, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        var keys = entries.ToList();
        return await db.Corrections.AsNoTracking()
            .Where(c => keys.Contains(c.ItemKey) && (c.Status == CorrectionStatus.New || c.Status == CorrectionStatus.Accepted))
            .GroupBy(c => c.ItemKey).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }
}
