using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using NmZaMe.Web.Hosting;

namespace NmZaMe.Web.Api.Delivery;

/// <summary>Umbraco's Delivery API access rules: public unless configured otherwise; preview always needs the API key.</summary>
public sealed class DeliveryAccess(IOptionsMonitor<NmZaMeOptions> options)
{
    public bool IsPreview(HttpContext context) =>
        string.Equals(context.Request.Headers["Preview"].ToString(), "true", StringComparison.OrdinalIgnoreCase);

    public bool HasValidApiKey(HttpContext context)
    {
        var key = options.CurrentValue.DeliveryApi.ApiKey;
        if (string.IsNullOrWhiteSpace(key))
        {
            return false;
        }

        // Ordinal, case-sensitive, as Umbraco; compared in constant time so the key cannot be guessed byte by byte.
        var given = Encoding.UTF8.GetBytes(context.Request.Headers["Api-Key"].ToString());
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(key));
    }

    public bool HasContentAccess(HttpContext context)
    {
        var api = options.CurrentValue.DeliveryApi;
        return api.Enabled && (IsPreview(context) ? HasValidApiKey(context) : api.PublicAccess || HasValidApiKey(context));
    }

    public bool HasMediaAccess(HttpContext context)
    {
        var api = options.CurrentValue.DeliveryApi;
        return api.Enabled && api.MediaEnabled && (api.PublicAccess || HasValidApiKey(context));
    }

    /// <summary>Answers are the same for everyone: no key is needed to read them.</summary>
    public bool IsPublic => options.CurrentValue.DeliveryApi.PublicAccess;

    public int MaxTake => Math.Max(1, options.CurrentValue.DeliveryApi.MaxTake);
}
