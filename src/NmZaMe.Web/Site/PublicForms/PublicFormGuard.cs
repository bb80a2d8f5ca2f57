using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace NmZaMe.Web.Site.PublicForms;

/// <summary>Why a public form was refused before its fields were read; the visitor sees one calm message for all but <see cref="TooMany"/>.</summary>
public enum PublicFormCheck
{
    Passed,
    /// <summary>No token, a token for another form, or one not made with this site's keys.</summary>
    Invalid,
    Expired,
    TooFast,
    /// <summary>The field people are asked to leave empty was filled in.</summary>
    Honeypot,
    TooMany,
}

/// <summary>
/// The defences of the public site's anonymous forms ("Pokličite me", later "Predlagaj popravek"), without a cookie or
/// a session and without a third-party captcha:
/// <list type="bullet">
/// <item>a signed hidden token instead of the antiforgery cookie: the form's name and the time it was shown, protected
/// with the data-protection keys (shared by all nodes through the database) under a purpose per form, so a token is
/// good only for its own form, only on this site, from <see cref="PublicFormOptions.MinimumSeconds"/> after it was shown
/// (the minimum fill time) until <see cref="PublicFormOptions.MaximumMinutes"/> after;</item>
/// <item>a honeypot field, hidden from people and from assistive technology, that only a bot fills in;</item>
/// <item>a per-address rate limit (ASP.NET's partitioned fixed-window limiter, in memory, per node): the address is a
/// partition key only and is never stored or logged.</item>
/// </list>
/// A form includes <c>~/Site/PublicForms/_Defences.cshtml</c> with <see cref="Issue(string)"/>'s token and calls
/// <see cref="CheckAsync"/> first thing in its POST; on anything but <see cref="PublicFormCheck.Passed"/> it shows the form
/// again, with the input kept and a calm message, never a 500 or the reason.
/// </summary>
public sealed class PublicFormGuard : IDisposable
{
    public const string TokenField = "formToken";

    /// <summary>A name bots like to fill in.</summary>
    public const string HoneypotField = "website";

    private readonly IDataProtectionProvider _protection;
    private readonly TimeProvider _time;
    private readonly PublicFormOptions _options;
    private readonly PartitionedRateLimiter<string> _perAddress;

    public PublicFormGuard(IDataProtectionProvider protection, TimeProvider time, IOptions<PublicFormOptions> options)
    {
        _protection = protection;
        _time = time;
        _options = options.Value;
        _perAddress = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, _options.PostsPerAddress),
            Window = TimeSpan.FromMinutes(Math.Max(0.01, _options.WindowMinutes)),
            QueueLimit = 0,
        }));
    }

    public string Issue(string form) => Issue(form, _time.GetUtcNow());

    /// <summary>A token for <paramref name="form"/> as if shown at <paramref name="shownAt"/>.</summary>
    public string Issue(string form, DateTimeOffset shownAt) =>
        Protector(form).Protect(shownAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));

    /// <summary>Counts the sending against the sender's address, then checks the honeypot and the token.</summary>
    public async Task<PublicFormCheck> CheckAsync(HttpContext context, string form)
    {
        using (var lease = _perAddress.AttemptAcquire(Partition(context.Connection.RemoteIpAddress)))
        {
            if (!lease.IsAcquired)
            {
                return PublicFormCheck.TooMany;
            }
        }

        var fields = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        if (fields is null)
        {
            return PublicFormCheck.Invalid;
        }

        if (!string.IsNullOrEmpty(fields[HoneypotField].ToString()))
        {
            return PublicFormCheck.Honeypot;
        }

        long shown;
        try
        {
            var token = fields[TokenField].ToString();
            if (token.Length == 0 || !long.TryParse(Protector(form).Unprotect(token), NumberStyles.None, CultureInfo.InvariantCulture, out shown))
            {
                return PublicFormCheck.Invalid;
            }
        }
        catch (CryptographicException)
        {
            return PublicFormCheck.Invalid;
        }

        var age = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(shown);
        return age < TimeSpan.FromSeconds(_options.MinimumSeconds) ? PublicFormCheck.TooFast
            : age > TimeSpan.FromMinutes(_options.MaximumMinutes) ? PublicFormCheck.Expired
            : PublicFormCheck.Passed;
    }

    public void Dispose() => _perAddress.Dispose();

    private IDataProtector Protector(string form) => _protection.CreateProtector("NmZaMe.PublicForms", form);

    /// <summary>An IPv4 address, or the /64 of an IPv6 one (a household or phone gets a whole /64).</summary>
    private static string Partition(IPAddress? address)
    {
        if (address is null)
        {
            return "-";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString();
    }
}

public static class PublicFormsSetup
{
    public static IServiceCollection AddPublicForms(this IServiceCollection services)
    {
        services.AddOptions<PublicFormOptions>().BindConfiguration(PublicFormOptions.Section);
        services.AddSingleton<PublicFormGuard>();
        return services;
    }
}
