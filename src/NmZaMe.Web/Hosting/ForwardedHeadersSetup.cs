using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace NmZaMe.Web.Hosting;

/// <summary>Reverse proxies whose <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> are believed (<c>NmZaMe:ForwardedHeaders:KnownProxies</c>).</summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>IP addresses of the proxies in front of the site. Empty (the default): the headers are ignored.</summary>
    public List<string> KnownProxies { get; set; } = [];
}

public static class ForwardedHeadersSetup
{
    /// <summary>
    /// Behind a known proxy the client's address and scheme come from the proxy's headers, so Secure cookies, HSTS and
    /// the per-address sign-in limits see the real client. Off unless proxies are listed: otherwise any client could
    /// claim another address and escape its rate limit. Must run before everything that reads the address or scheme.
    /// </summary>
    public static void UseCmsForwardedHeaders(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<NmZaMeOptions>>().Value;
        if (options.ForwardedHeaders.KnownProxies.Count == 0)
        {
            return;
        }

        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in options.ForwardedHeaders.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"NmZaMe:ForwardedHeaders:KnownProxies: »{proxy}« is not an IP address."));
        }

        app.UseForwardedHeaders(forwarded);
    }
}
