using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Insights;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.CallBacks;

/// <summary>Call-back requests per life situation and month beside the searches on the insights page (numbers only, from the tally).</summary>
public sealed class CallBackFigures(ICmsDbContextFactory dbFactory) : IMonthlyFigures
{
    public const string SourceCode = "callbacks";

    public string Source => SourceCode;

    public async Task<IReadOnlyDictionary<(Guid? LifeChallenge, DateOnly Month), int>> CountAsync(DateOnly fromMonth, CancellationToken cancellationToken)
    {
        var from = fromMonth.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        await using var db = dbFactory.Create();
        var rows = await db.CallBackTally.AsNoTracking().Where(t => t.Month >= from)
            .GroupBy(t => new { t.LifeChallenge, t.Month })
            .Select(g => new { g.Key.LifeChallenge, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.LifeChallenge, DateOnly.FromDateTime(r.Month)), r => r.Count);
    }
}
