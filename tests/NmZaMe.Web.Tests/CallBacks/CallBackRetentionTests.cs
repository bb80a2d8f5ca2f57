using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NmZaMe.Cms.CallBacks;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using NmZaMe.Web.Tests.Mail;

namespace NmZaMe.Web.Tests.CallBacks;

/// <summary>The retention job with a clock the test moves: closed requests go after 30 days, open ones after 90 with a warning a week before.</summary>
public sealed class CallBackRetentionTests
{
    private const string Office = "pisarna@example.si";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Closed_requests_are_deleted_after_30_days_open_ones_after_90_and_the_office_is_warned_a_week_before(string provider)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        // On PostgreSQL (several nodes) the key comes from configuration, as the README asks.
        var settings = SmtpTestServer.Settings(smtp.Port);
        settings["NmZaMe:CallBack:EncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        using var app = await Databases.CreateAsync(provider, settings: settings);
        var client = await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, Office, "modra-reka-krka-tece", UserGroups.Editors);
        await CallBackForms.SendAsync(app, client, contact: "zaprta@primer.si");
        await CallBackForms.SendAsync(app, client, contact: "odprta@primer.si");
        Guid closed, open;
        await using (var db = app.CreateDbContext())
        {
            var keys = await db.CallBacks.OrderBy(c => c.Id).Select(c => c.Key).ToListAsync();
            (closed, open) = (keys[0], keys[1]);
        }

        var start = DateTimeOffset.UtcNow;
        Assert.True(await app.Services.GetRequiredService<ChangeCallBackStatus>().ExecuteAsync(closed, CallBackStatus.CouldNotReach, Office, CancellationToken.None));
        var clock = new MovableClock(start);
        var retention = new CallBackRetention(app.Services.GetRequiredService<ICmsDbContextFactory>(), app.Services.GetRequiredService<MailOutbox>(),
            app.Services.GetRequiredService<CallBackOptions>(), clock, NullLogger<CallBackRetention>.Instance);

        clock.Now = start.AddDays(29);
        Assert.Equal(new CallBackRetention.Pass(0, 0), await retention.RunOnceAsync(CancellationToken.None));

        clock.Now = start.AddDays(31);
        Assert.Equal(new CallBackRetention.Pass(1, 0), await retention.RunOnceAsync(CancellationToken.None));
        Assert.Equal([open], await KeysAsync(app));

        clock.Now = start.AddDays(84);
        Assert.Equal(new CallBackRetention.Pass(0, 1), await retention.RunOnceAsync(CancellationToken.None));
        // Warned once, not at every pass.
        Assert.Equal(new CallBackRetention.Pass(0, 0), await retention.RunOnceAsync(CancellationToken.None));
        var warning = await smtp.WaitForAsync(Office, m => m.Subject == "Prošnje za klic bodo kmalu izbrisane");
        Assert.Contains("(1)", warning.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("odprta@primer.si", warning.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://nmzame.example/umbraco/requests", warning.TextBody, StringComparison.Ordinal);

        clock.Now = start.AddDays(90).AddMinutes(1);
        Assert.Equal(new CallBackRetention.Pass(1, 0), await retention.RunOnceAsync(CancellationToken.None));
        Assert.Empty(await KeysAsync(app));

        // The monthly counts outlive the requests; the access log names no one but the office's user.
        await using var db2 = app.CreateDbContext();
        Assert.Equal(2, await db2.CallBackTally.CountAsync());
    }

    private static async Task<List<Guid>> KeysAsync(CmsApplication app)
    {
        await using var db = app.CreateDbContext();
        return await db.CallBacks.Select(c => c.Key).ToListAsync();
    }

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
