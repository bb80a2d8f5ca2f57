using System.Text.Json;
using NmZaMe.Cms.Editors;

namespace NmZaMe.Cms.Tests.TestSupport;

internal static class Json
{
    /// <summary>Runs a writer over a fresh buffer and parses what it wrote.</summary>
    public static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonDefaults.DeliveryWriter))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.Clone();
    }

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static string[] Strings(this JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static string[] PropertyNames(this JsonElement obj) => obj.EnumerateObject().Select(p => p.Name).ToArray();
}
