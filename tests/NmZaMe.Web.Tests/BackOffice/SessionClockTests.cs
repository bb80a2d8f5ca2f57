using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// Review B5 with the real idle limit (30 minutes): the page tells its script that the session has the whole limit left
/// after this request, to warn a minute before the end and to send a keep-alive at most once a minute while typing.
/// The browser tests see the same behaviour under a 30-second limit.
/// </summary>
public sealed class SessionClockTests
{
    [Fact]
    public async Task Under_the_default_idle_limit_the_warning_comes_a_minute_before_the_end()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "urednik@example.si", "modra-reka-krka-tece", UserGroups.Editors);
        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("urednik@example.si", "modra-reka-krka-tece");

        var page = await session.GetPageAsync("/umbraco");

        Assert.Contains("data-session-left=\"1800000\"", page, StringComparison.Ordinal);
        Assert.Contains("data-session-warn=\"60000\"", page, StringComparison.Ordinal);
        Assert.Contains("data-session-ping=\"60000\"", page, StringComparison.Ordinal);
    }
}
