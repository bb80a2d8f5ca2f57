using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace NmZaMe.Cms.Persistence;

/// <summary>How JSON is stored in the database (node data, schema items): compact, camelCase, Slovenian letters kept readable.</summary>
public static class StorageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
