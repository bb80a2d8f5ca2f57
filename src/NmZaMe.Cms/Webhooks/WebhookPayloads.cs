using System.Globalization;
using System.Text.Json;
using NmZaMe.Cms.Delivery;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Webhooks;

/// <summary>
/// Umbraco's payload shapes (camelCase; <c>id</c> is always the key). Legacy content and media items are written by the
/// Delivery API's own writer, so a webhook carries exactly what the API shows and nothing it hides (a confidential
/// location's address).
/// </summary>
public static class WebhookPayloads
{
    private const string DateFormat = "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ";

    /// <summary>Whether the payload needs the published snapshot after the commit (else it is known when the row is added).</summary>
    public static bool NeedsSnapshot(string alias, WebhookPayloadType type) =>
        alias == WebhookEvents.ContentPublish || (alias == WebhookEvents.MediaSave && type != WebhookPayloadType.Minimal);

    /// <summary><c>{"id":"…"}</c>.</summary>
    public static string Id(Guid key) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("id", key);
        w.WriteEndObject();
    });

    /// <summary><c>[{"id":"…"},…]</c>: one request for a whole operation (moved to the recycle bin).</summary>
    public static string Ids(IEnumerable<Guid> keys) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var key in keys)
        {
            w.WriteStartObject();
            w.WriteString("id", key);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    /// <summary>
    /// The body of a publish or a media save from a snapshot taken after the commit; <c>null</c> (the JSON literal)
    /// when the item is no longer published, as Umbraco sends it.
    /// </summary>
    public static string Render(PublishedSnapshot snapshot, string alias, WebhookPayloadType type, Guid key)
    {
        if (alias == WebhookEvents.MediaSave)
        {
            if (type == WebhookPayloadType.Minimal)
            {
                return Id(key);
            }

            return snapshot.Media.TryGetValue(key, out var media)
                ? Write(w => new DeliveryJsonWriter(new DeliveryRequest(snapshot, snapshot.Schema.DefaultCulture, null)).WriteMediaItem(w, media, null, null))
                : "null";
        }

        if (alias != WebhookEvents.ContentPublish)
        {
            return Id(key);
        }

        var content = snapshot.Get(key);
        if (type == WebhookPayloadType.Minimal)
        {
            return Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("id", key);
                w.WriteStartArray("cultures");
                if (content is { VariesByCulture: true })
                {
                    foreach (var culture in content.Cultures.Values.OrderBy(c => c.Culture, StringComparer.Ordinal))
                    {
                        w.WriteStartObject();
                        w.WriteString("culture", culture.Culture);
                        w.WriteString("date", culture.UpdateDate.ToString(DateFormat, CultureInfo.InvariantCulture));
                        w.WriteEndObject();
                    }
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }

        if (type == WebhookPayloadType.Extended)
        {
            return Extended(snapshot, content);
        }

        // Legacy: the item in the default culture, as the Delivery API renders it, or null when it has no route there.
        var culture = snapshot.Schema.DefaultCulture;
        if (content is null || !snapshot.IsRoutable(content, culture) || PublishedSnapshot.Unrouted.Contains(content.ContentType.Alias))
        {
            return "null";
        }

        return Write(w => new DeliveryJsonWriter(new DeliveryRequest(snapshot, culture, null)).WriteApiContent(w, content));
    }

    /// <summary>
    /// Umbraco's Extended publish payload: <c>{"id","contentType","name","createDate","updateDate","cultures":{"sl-SI":
    /// {"path","startItem","properties"},…}}</c>, every culture the document is routable in, each with its own values
    /// (an invariant document under ""); null when it is routable in none.
    /// </summary>
    private static string Extended(PublishedSnapshot snapshot, PublishedContent? content)
    {
        var cultures = content is null || PublishedSnapshot.Unrouted.Contains(content.ContentType.Alias) ? []
            : content.VariesByCulture ? snapshot.Schema.Languages.Select(l => l.IsoCode).Where(c => snapshot.IsRoutable(content, c)).ToList()
            : snapshot.IsRoutable(content, snapshot.Schema.DefaultCulture) ? [string.Empty] : [];
        if (content is null || cultures.Count == 0)
        {
            return "null";
        }

        var nameCulture = content.VariesByCulture && !cultures.Contains(snapshot.Schema.DefaultCulture) ? cultures[0] : snapshot.Schema.DefaultCulture;
        return Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", content.Key);
            w.WriteString("contentType", content.ContentType.Alias);
            w.WriteString("name", content.Name(nameCulture));
            w.WriteString("createDate", content.CreateDate.ToString(DateFormat, CultureInfo.InvariantCulture));
            w.WriteString("updateDate", (content.Culture(nameCulture)?.UpdateDate ?? content.UpdateDate).ToString(DateFormat, CultureInfo.InvariantCulture));
            w.WriteStartObject("cultures");
            foreach (var culture in cultures)
            {
                w.WritePropertyName(culture);
                new DeliveryJsonWriter(new DeliveryRequest(snapshot, culture.Length == 0 ? snapshot.Schema.DefaultCulture : culture, null)).WriteCultureOf(w, content);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
