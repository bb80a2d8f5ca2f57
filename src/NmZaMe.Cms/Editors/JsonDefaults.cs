using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Editors;

public static class JsonDefaults
{
    /// <summary>How stored values are serialised: compact, camelCase, Slovenian letters kept readable in uSync files.</summary>
    public static readonly JsonSerializerOptions Storage = StorageJson.Options;

    public static readonly JsonWriterOptions DeliveryWriter = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        SkipValidation = true,
    };
}
