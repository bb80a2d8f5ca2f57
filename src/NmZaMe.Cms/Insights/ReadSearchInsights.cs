using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Insights;

/// <summary>
/// What people searched for in a period, for the office: totals, the most asked queries, those that found nothing and
/// those where nothing was opened, each with the count of the period before; and searches per life situation and month.
/// A query is named only when at least <see cref="MinimumSearches"/> searches asked it (k-anonymity); rarer queries count
/// only in the totals.
/// </summary>
public sealed class ReadSearchInsights(ICmsDbContextFactory dbFactory, TimeProvider clock, IEnumerable<IMonthlyFigures> otherFigures)
{
    public const int MinimumSearches = 3;
    public const int MaxRows = 50;

    public sealed record QueryRow(string Query, string Culture, int Searches, int WithoutResults, int Opened, int PreviousSearches);

    public sealed record Totals(int Searches, int WithoutResults, int Opened, int QueriesShown, int SearchesNotShown, int PreviousSearches);

    /// <summary>Counts per life situation (null: the first result had none, or there was no result) and month.</summary>
    public sealed record MonthlySeries(string Source, IReadOnlyDictionary<(Guid? LifeChallenge, DateOnly Month), int> Counts);

    public sealed record Result(DateTime From, DateTime To, Totals Totals, IReadOnlyList<QueryRow> Top, IReadOnlyList<QueryRow> WithoutResults,
        IReadOnlyList<QueryRow> NothingOpened, IReadOnlyList<DateOnly> Months, IReadOnlyList<MonthlySeries> Needs);

    public async Task<Result> RunAsync(int days, int months, CancellationToken cancellationToken = default)
    {
        var to = clock.GetUtcNow().UtcDateTime;
        var from = to.AddDays(-Math.Clamp(days, 1, 400));
        var previousFrom = from - (to - from);
        await using var db = dbFactory.Create();
        var grouped = await db.SearchQueries.AsNoTracking()
            .Where(q => q.Hour >= previousFrom && q.Hour < to)
            .GroupBy(q => new { q.Query, q.Culture, Current = q.Hour >= from })
            .Select(g => new { g.Key.Query, g.Key.Culture, g.Key.Current, Searches = g.Count(), Without = g.Count(q => q.Results == 0), Opened = g.Count(q => q.Opened) })
            .ToListAsync(cancellationToken);
        var previous = grouped.Where(g => !g.Current).ToDictionary(g => (g.Query, g.Culture), g => g.Searches);
        var current = grouped.Where(g => g.Current).ToList();
        var shown = current.Where(g => g.Searches >= MinimumSearches)
            .Select(g => new QueryRow(g.Query, g.Culture, g.Searches, g.Without, g.Opened, previous.GetValueOrDefault((g.Query, g.Culture))))
            .ToList();
        var totals = new Totals(
            current.Sum(g => g.Searches), current.Sum(g => g.Without), current.Sum(g => g.Opened), shown.Count,
            current.Where(g => g.Searches < MinimumSearches).Sum(g => g.Searches), previous.Values.Sum());

        var firstMonth = new DateOnly(to.Year, to.Month, 1).AddMonths(-(Math.Clamp(months, 1, 24) - 1));
        var monthStart = firstMonth.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var perMonth = await db.SearchQueries.AsNoTracking()
            .Where(q => q.Hour >= monthStart)
            .GroupBy(q => new { q.LifeChallenge, q.Hour.Year, q.Hour.Month })
            .Select(g => new { g.Key.LifeChallenge, g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var needs = new List<MonthlySeries>
        {
            new("searches", perMonth.ToDictionary(g => (g.LifeChallenge, new DateOnly(g.Year, g.Month, 1)), g => g.Count)),
        };
        foreach (var figures in otherFigures)
        {
            needs.Add(new MonthlySeries(figures.Source, await figures.CountAsync(firstMonth, cancellationToken)));
        }

        var monthList = Enumerable.Range(0, Math.Clamp(months, 1, 24)).Select(firstMonth.AddMonths).ToList();
        return new Result(from, to, totals,
            shown.OrderByDescending(r => r.Searches).ThenBy(r => r.Query, StringComparer.Ordinal).Take(MaxRows).ToList(),
            shown.Where(r => r.WithoutResults > 0).OrderByDescending(r => r.WithoutResults).ThenBy(r => r.Query, StringComparer.Ordinal).Take(MaxRows).ToList(),
            shown.Where(r => r.Opened == 0 && r.WithoutResults < r.Searches).OrderByDescending(r => r.Searches).ThenBy(r => r.Query, StringComparer.Ordinal).Take(MaxRows).ToList(),
            monthList, needs);
    }
}

/// <summary>
/// Another source of monthly counts per life situation shown beside the searches (e.g. call-back requests): register
/// an implementation and the insights page shows its column.
/// </summary>
public interface IMonthlyFigures
{
    /// <summary>A stable code the host names (e.g. "callbacks").</summary>
    string Source { get; }

    Task<IReadOnlyDictionary<(Guid? LifeChallenge, DateOnly Month), int>> CountAsync(DateOnly fromMonth, CancellationToken cancellationToken);
}
