using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;
using OtpNet;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>A browser-like client for the back office: keeps cookies, copies the antiforgery token from the form it just read.</summary>
public sealed partial class BackOfficeSession(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public static BackOfficeSession Create(CmsApplication app, bool https = false) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
        }));

    public async Task<string> GetPageAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode} {response.Headers.Location}: {body}");
        return body;
    }

    /// <summary>GETs the form page, then POSTs the fields with its antiforgery token (to the handler, if given).</summary>
    /// <remarks>Fields are pairs, so a name may repeat (checkbox lists).</remarks>
    public async Task<HttpResponseMessage> SubmitAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var page = await GetPageAsync(url);
        var form = fields.Append(new("__RequestVerificationToken", Token(page))).ToList();
        var target = handler is null ? url : $"{url}{(url.Contains('?') ? '&' : '?')}handler={handler}";
        return await Client.PostAsync(target, new FormUrlEncodedContent(form));
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        await SubmitAsync("/umbraco/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Signs in a user without 2FA and checks it worked.</summary>
    public async Task SignInOkAsync(string email, string password)
    {
        using var response = await SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/umbraco", response.Headers.Location?.OriginalString);
    }

    /// <summary>On the 2FA set-up page: reads the key, enables 2FA with a computed code, returns the key and the recovery codes.</summary>
    public async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableTwoFactorAsync()
    {
        var page = await GetPageAsync("/umbraco/account/2fa");
        var key = SharedKey().Match(page).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        Assert.NotEmpty(key);
        Assert.Contains("data:image/svg+xml;base64,", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        using var response = await SubmitAsync("/umbraco/account/2fa", new Dictionary<string, string> { ["Code"] = Totp(key, DateTime.UtcNow) }, "Enable");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var codes = RecoveryCode().Matches(body).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        return (key, codes);
    }

    public static string Totp(string base32Key, DateTime at) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp(at);

    public static string Token(string html) => AntiforgeryToken().Match(html) is { Success: true } m
        ? WebUtility.HtmlDecode(m.Groups[1].Value)
        : throw new InvalidOperationException("No antiforgery token in the page: " + html);

    public static async Task<Guid> CreateUserAsync(CmsApplication app, string email, string password, params string[] groups)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
        var user = new BackOfficeUser { UserName = email, Email = email, Name = email.Split('@')[0], LockoutEnabled = true, CreateDate = DateTime.UtcNow };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        foreach (var group in groups)
        {
            Assert.True((await users.AddToRoleAsync(user, group)).Succeeded);
        }

        return user.Id;
    }

    /// <summary>A new user of <paramref name="groups"/> limited to the start node <paramref name="startContentKey"/> (an organisation editor).</summary>
    public static async Task<Guid> CreateUserAsync(CmsApplication app, string email, string password, Guid startContentKey, params string[] groups)
    {
        var id = await CreateUserAsync(app, email, password, groups);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
        var user = (await users.FindByIdAsync(id.ToString()))!;
        user.StartContentKey = startContentKey;
        Assert.True((await users.UpdateAsync(user)).Succeeded);
        return id;
    }

    /// <summary>A new administrator, signed in with 2FA set up (the Administrators group requires it).</summary>
    public static async Task<BackOfficeSession> AdministratorAsync(CmsApplication app, string email = "skrbnik@example.si", string password = "modra-reka-krka-tece")
    {
        await CreateUserAsync(app, email, password, UserGroups.Administrators);
        var session = Create(app);
        await session.SignInOkAsync(email, password);
        await session.EnableTwoFactorAsync();
        return session;
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<code id=\"shared-key\">([^<]+)</code>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li>([0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})</li>")]
    private static partial Regex RecoveryCode();
}
