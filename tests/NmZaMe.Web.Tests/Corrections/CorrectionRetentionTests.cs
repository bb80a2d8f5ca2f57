using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NmZaMe.Cms.Corrections;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Web.Tests.Corrections;

/// <summary>The retention job with a clock the test moves: an address that waited 90 days for its reply is deleted, the suggestion stays.</summary>
public sealed class CorrectionRetentionTests
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task An_unanswered_address_is_deleted_after_90_days_and_no_reply_is_sent_later(string provider)
    {
        using var app = await Databases.CreateAsync(provider);
        var client = await app.StartAsync();
        var (_, service, _) = CorrectionForms.Items(app);
        await CorrectionForms.SendAsync(app, client, service.Key, email: "caka@primer.si");
        await CorrectionForms.SendAsync(app, client, service.Key);

        var start = DateTimeOffset.UtcNow;
        var clock = new MovableClock(start.AddDays(89));
        var retention = new CorrectionRetention(app.Services.GetRequiredService<ICmsDbContextFactory>(), app.Services.GetRequiredService<CorrectionOptions>(), clock, NullLogger<CorrectionRetention>.Instance);
        Assert.Equal(0, await retention.RunOnceAsync(CancellationToken.None));

        clock.Now = start.AddDays(90).AddMinutes(1);
        Assert.Equal(1, await retention.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await retention.RunOnceAsync(CancellationToken.None));

        await using var db = app.CreateDbContext();
        var rows = await db.Corrections.AsNoTracking().ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Null(r.Email));

        // Resolved now, the suggestion has nobody left to reply to: nothing is queued for the citizen.
        var handle = app.Services.GetRequiredService<HandleCorrection>();
        Assert.Null(await handle.ExecuteAsync(rows[0].Key, HandleCorrection.Action.Done, null, "pisarna@example.si", CancellationToken.None));
        Assert.False(await db.MailOutbox.AnyAsync(m => m.To == "caka@primer.si"));
    }

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
