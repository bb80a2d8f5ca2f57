using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

public sealed partial class PasswordAndFirstStartTests
{
    private const string Password = "modra-reka-krka-tece";

    [Theory]
    [InlineData("password123", "preveč znano")]
    [InlineData("Novomesto2024", "preveč znano")]
    [InlineData("qwertyuiop", "preveč znano")]
    [InlineData("NmZaMe-2025!", "preveč znano")]
    [InlineData("Pisec-Novo-mesto-1", "preveč znano")]
    [InlineData("kratko", "vsaj 10 znakov")]
    public async Task Short_common_and_breached_passwords_are_refused(string newPassword, string message)
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("pisec@example.si", Password);

        using var response = await ChangePasswordAsync(session, Password, newPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var oldStillWorks = BackOfficeSession.Create(app);
        await oldStillWorks.SignInOkAsync("pisec@example.si", Password);
    }

    [Fact]
    public async Task First_start_prints_a_one_time_password_once_which_must_be_changed()
    {
        using var data = new TempDirectory();
        using var app = new CmsApplication(dataDirectory: data.Path);
        await app.StartAsync();
        var banner = Assert.Single(Banners(app)).Message;
        var oneTimePassword = OneTimePassword().Match(banner).Groups[1].Value;
        Assert.Matches("^[0-9A-Za-z]{5}(-[0-9A-Za-z]{5}){3}$", oneTimePassword);
        Assert.Contains("admin@nmzame.local", banner, StringComparison.Ordinal);

        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("admin@nmzame.local", oneTimePassword);
        using (var blocked = await session.Client.GetAsync("/umbraco/users"))
        {
            Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
            Assert.Equal("/umbraco/account/password", blocked.Headers.Location?.OriginalString);
        }

        Assert.Contains("enkratnim geslom", await session.GetPageAsync("/umbraco/account/password"), StringComparison.Ordinal);
        using (var changed = await ChangePasswordAsync(session, oneTimePassword, Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        // Next pending step for an administrator: the required 2FA.
        using (var next = await session.Client.GetAsync("/umbraco"))
        {
            Assert.Equal("/umbraco/account/2fa", next.Headers.Location?.OriginalString);
        }

        await session.EnableTwoFactorAsync();
        await session.GetPageAsync("/umbraco/users");

        var logFiles = Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "logs")).ToList();
        Assert.NotEmpty(logFiles);
        foreach (var file in logFiles)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            Assert.DoesNotContain(oneTimePassword, await new StreamReader(stream).ReadToEndAsync(), StringComparison.Ordinal);
        }

        // A second start on the same database prints nothing new. (The first stops before: SQLite serves one node.)
        app.Dispose();
        using var restarted = new CmsApplication(dataDirectory: data.Path);
        using var second = new BackOfficeSession(await restarted.StartAsync());
        using var old = await second.SignInAsync("admin@nmzame.local", oneTimePassword);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Empty(Banners(restarted));
    }

    private static IEnumerable<(LogLevel Level, string Message)> Banners(CmsApplication app) =>
        app.Logs.Where(l => l.Level == LogLevel.Warning && l.Message.Contains("one-time password", StringComparison.Ordinal));

    private static Task<HttpResponseMessage> ChangePasswordAsync(BackOfficeSession session, string current, string next) =>
        session.SubmitAsync("/umbraco/account/password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });

    [GeneratedRegex(@"one-time password\s+(\S+)")]
    private static partial Regex OneTimePassword();
}
