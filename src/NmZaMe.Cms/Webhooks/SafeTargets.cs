using System.Net.Sockets;
using System.Net;

namespace NmZaMe.Cms.Webhooks;

/// <summary>
/// Keeps webhooks off the server itself and the internal network (server-side request forgery): the host is resolved
/// when the request is sent, every address it resolves to must be public (or in <see cref="WebhookOptions.AllowedNetworks"/>),
/// and the connection goes to the address that was checked, so a DNS answer that changes in between cannot switch it.
/// </summary>
public sealed class SafeTargets(WebhookOptions options)
{
    private static readonly IPNetwork[] Blocked =
    [
        IPNetwork.Parse("0.0.0.0/8"),
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"),
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"),
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"),
        IPNetwork.Parse("224.0.0.0/4"),
        IPNetwork.Parse("240.0.0.0/4"),
        IPNetwork.Parse("::/128"),
        IPNetwork.Parse("::1/128"),
        IPNetwork.Parse("64:ff9b::/96"),
        IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("ff00::/8"),
    ];

    private readonly IReadOnlyList<IPNetwork> _allowed = options.ParsedAllowedNetworks();

    /// <summary>Whether a webhook may connect to this address.</summary>
    public bool IsAllowed(IPAddress address)
    {
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (_allowed.Any(n => n.Contains(plain)))
        {
            return true;
        }

        return !Blocked.Any(n => n.Contains(plain));
    }

    /// <summary>
    /// Resolves the host and opens a connection to its first allowed address, or throws <see cref="RefusedTargetException"/>
    /// when any address it resolves to is not allowed (one bad address is enough: which one the client would pick is not ours to know).
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new RefusedTargetException($"{host} resolves to no address.");
        }

        if (addresses.FirstOrDefault(a => !IsAllowed(a)) is { } refused)
        {
            throw new RefusedTargetException($"{host} resolves to {refused}, a loopback, link-local or private address; allow it in NmZaMe:Webhooks:AllowedNetworks to call it.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>The target of a webhook is on a network webhooks may not call.</summary>
public sealed class RefusedTargetException(string message) : Exception(message);
