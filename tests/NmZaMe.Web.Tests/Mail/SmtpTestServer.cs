using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace NmZaMe.Web.Tests.Mail;

/// <summary>
/// A real SMTP server on loopback (the SmtpServer package) that keeps every message it accepts, parsed with MimeKit.
/// The application under test sends to it over TCP exactly as it would to the municipality's server.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly Store _store = new();

    private SmtpTestServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Received => _store.Messages;

    /// <summary>Starts a server on <paramref name="port"/> (a free one when not given) and returns once it accepts connections.</summary>
    public static async Task<SmtpTestServer> StartAsync(int? port = null)
    {
        var server = new SmtpTestServer(port ?? FreePort());
        for (var i = 0; ; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, server.Port);
                return server;
            }
            catch (SocketException) when (i < 200)
            {
                await Task.Delay(25);
            }
        }
    }

    /// <summary>A port nothing listens on now: a server that is down.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The settings that point the application at this server.</summary>
    public static Dictionary<string, string?> Settings(int port) => new()
    {
        ["NmZaMe:Mail:Host"] = "127.0.0.1",
        ["NmZaMe:Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["NmZaMe:Mail:Security"] = "None",
        ["NmZaMe:Mail:From"] = "nmzame@novomesto.example",
        ["NmZaMe:Mail:FromName"] = "NmZaMe Novo mesto",
        ["NmZaMe:Mail:BaseUrl"] = "https://nmzame.example",
        ["NmZaMe:Mail:PollSeconds"] = "0.2",
    };

    /// <summary>Waits for a message to <paramref name="address"/> that matches, up to 30 s; fails with what did arrive.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, Func<MimeMessage, bool>? match = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var found = _store.Messages.FirstOrDefault(m => m.To.Mailboxes.Any(b => b.Address == address) && (match?.Invoke(m) ?? true));
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No mail to {address} arrived; received: " + string.Join("; ", _store.Messages.Select(m => $"{m.To} {m.Subject}")));
            }

            await _store.NextAsync(deadline - DateTime.UtcNow);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        private readonly ConcurrentQueue<MimeMessage> _messages = new();
        private readonly SemaphoreSlim _arrived = new(0);

        public IReadOnlyCollection<MimeMessage> Messages => _messages;

        public async Task NextAsync(TimeSpan timeout) => await _arrived.WaitAsync(timeout <= TimeSpan.Zero ? TimeSpan.Zero : timeout);

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            _messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            _arrived.Release();
            return SmtpResponse.Ok;
        }
    }
}
