using System.Text.Json.Nodes;

namespace NmZaMe.Web.Api.Delivery.OpenApi;

/// <summary>The small subset of JSON Schema that parameters and response bodies need.</summary>
public sealed record ApiSchema
{
    public string? Type { get; init; }

    public string? Format { get; init; }

    public string? Ref { get; init; }

    public ApiSchema? Items { get; init; }

    public object? Default { get; init; }

    public int? Minimum { get; init; }

    /// <summary>The maximum is the configured <c>NmZaMe:DeliveryApi:MaxTake</c>, known only when the document is built.</summary>
    public bool MaximumIsMaxTake { get; init; }

    public static ApiSchema String { get; } = new() { Type = "string" };

    public static ApiSchema Boolean { get; } = new() { Type = "boolean" };

    public static ApiSchema Uuid { get; } = new() { Type = "string", Format = "uuid" };

    public static ApiSchema StringArray { get; } = ArrayOf(String);

    public static ApiSchema NonNegativeInt32(int defaultValue) => new() { Type = "integer", Format = "int32", Default = defaultValue, Minimum = 0 };

    public static ApiSchema ArrayOf(ApiSchema items) => new() { Type = "array", Items = items };

    public static ApiSchema RefTo(string componentName) => new() { Ref = "#/components/schemas/" + componentName };

    public JsonObject ToJson(int maxTake)
    {
        if (Ref is not null)
        {
            return new JsonObject { ["$ref"] = Ref };
        }

        var json = new JsonObject();
        Add(json, "type", Type);
        Add(json, "format", Format);
        if (Items is not null)
        {
            json["items"] = Items.ToJson(maxTake);
        }

        if (Default is not null)
        {
            json["default"] = Default switch
            {
                int i => JsonValue.Create(i),
                bool b => JsonValue.Create(b),
                string s => JsonValue.Create(s),
                _ => throw new InvalidOperationException($"Unsupported default value type {Default.GetType()}."),
            };
        }

        if (Minimum is { } minimum)
        {
            json["minimum"] = minimum;
        }

        if (MaximumIsMaxTake)
        {
            json["maximum"] = maxTake;
        }

        return json;
    }

    private static void Add(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
