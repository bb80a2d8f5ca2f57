using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.CallBacks;

/// <summary>
/// The office's inbox of call-back requests, without personal content: arrival, status, language, the page's life
/// situation and service, and when the request will be deleted. Reading a person's contact is <see cref="OpenCallBack"/>.
/// </summary>
public sealed class CallBackInbox(ICmsDbContextFactory dbFactory, CallBackOptions options)
{
    public const int MaxRows = 500;

    public sealed record Row(Guid Key, DateTime ArrivedAt, CallBackStatus Status, DateTime StatusChangedAt, string Language, Guid? LifeChallenge, Guid? Service, DateTime DeleteAt);

    public sealed record Access(DateTime At, string UserName, string Action);

    public async Task<IReadOnlyList<Row>> ListAsync(CallBackStatus? status, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        var query = db.CallBacks.AsNoTracking();
        if (status is { } only)
        {
            query = query.Where(c => c.Status == only);
        }

        var rows = await query.OrderByDescending(c => c.ArrivedAt).Take(MaxRows).ToListAsync(cancellationToken);
        return rows.Select(c => Of(c, options)).ToList();
    }

    /// <summary>Counts per status, for the filter's labels.</summary>
    public async Task<IReadOnlyDictionary<CallBackStatus, int>> CountsAsync(CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        var counts = await db.CallBacks.AsNoTracking().GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<CallBackStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    public async Task<IReadOnlyList<Access>> AccessLogAsync(Guid key, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        return await db.CallBackAccess.AsNoTracking().Where(a => a.RequestKey == key).OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new Access(a.At, a.UserName, a.Action)).ToListAsync(cancellationToken);
    }

    internal static Row Of(CallBackRecord c, CallBackOptions options) =>
        new(c.Key, c.ArrivedAt, c.Status, c.StatusChangedAt, c.Language, c.LifeChallenge, c.Service, DeleteAt(c, options));

    /// <summary>When the retention job deletes the request: N days after it was closed, or after arrival while still open.</summary>
    public static DateTime DeleteAt(CallBackRecord c, CallBackOptions options) =>
        IsClosed(c.Status)
            ? Min(c.StatusChangedAt.AddDays(options.DeleteDaysAfterClosed), c.ArrivedAt.AddDays(options.DeleteDaysAfterArrival))
            : c.ArrivedAt.AddDays(options.DeleteDaysAfterArrival);

    public static bool IsClosed(CallBackStatus status) => status is CallBackStatus.Done or CallBackStatus.CouldNotReach;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
