using System.Buffers;
using System.Text;
using System.Text.Json;
using NmZaMe.Cms.Delivery;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Hosting;

/// <summary>
/// Endpoints that exist only to measure the server, mapped when <c>NmZaMe:Benchmarks:Enabled</c> is true (never by default).
/// <c>/benchmark/bare</c> answers with fixed bytes, so wrk against it shows the ceiling of the host itself (Kestrel,
/// middleware, logging); comparing the Delivery API with it shows what the CMS work costs.
/// </summary>
public static class BenchmarkEndpoints
{
    public const string EnabledKey = "NmZaMe:Benchmarks:Enabled";

    public static WebApplication MapBenchmarkEndpoints(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(EnabledKey))
        {
            return app;
        }

        var payload = new CapturedPayload();
        app.MapGet("/benchmark/bare", (ISnapshotSource snapshots) =>
                payload.Get(snapshots) is { } bytes
                    ? Results.Bytes(bytes, "application/json")
                    : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Starting"))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// A representative service item's Delivery API JSON, written once from the first snapshot, so the bare response
    /// is the same size and shape as a real one. A fixed document stands in when the catalogue has no service.
    /// </summary>
    private sealed class CapturedPayload
    {
        private byte[]? _bytes;

        public byte[]? Get(ISnapshotSource snapshots)
        {
            if (Volatile.Read(ref _bytes) is { } bytes)
            {
                return bytes;
            }

            if (!snapshots.IsLoaded)
            {
                return null;
            }

            var captured = Capture(snapshots.Current);
            return Interlocked.CompareExchange(ref _bytes, captured, null) ?? captured;
        }

        private static byte[] Capture(PublishedSnapshot snapshot)
        {
            var culture = snapshot.Schema.DefaultCulture;
            var item = snapshot.All.Where(c => c.ContentType.Alias == "service" && snapshot.IsRoutable(c, culture)).MinBy(c => c.Id);
            if (item is null)
            {
                return Encoding.UTF8.GetBytes($"{{\"benchmark\":\"bare\",\"padding\":\"{new string('x', 2000)}\"}}");
            }

            var buffer = new ArrayBufferWriter<byte>(4096);
            using (var writer = new Utf8JsonWriter(buffer, JsonDefaults.DeliveryWriter))
            {
                new DeliveryJsonWriter(new DeliveryRequest(snapshot, culture, null)).WriteContentItem(writer, item, null, null);
            }

            return buffer.WrittenSpan.ToArray();
        }
    }
}
