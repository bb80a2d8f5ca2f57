using System.Text.Json;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Schema;

/// <summary>How languages, data types and content types are stored in <c>cmsSchemaItem.Definition</c>.</summary>
public static class SchemaJson
{
    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, StorageJson.Options);

    public static T FromJson<T>(string json) => JsonSerializer.Deserialize<T>(json, StorageJson.Options)!;
}
