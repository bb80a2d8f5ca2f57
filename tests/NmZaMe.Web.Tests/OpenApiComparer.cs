using System.Text.Json.Nodes;

namespace NmZaMe.Web.Tests;

/// <summary>
/// Compares an OpenAPI document with a reference on what generated clients depend on: operations, operationIds, tags,
/// security, parameters (name, location, required, schema), response codes and body schemas, and component schemas
/// (required lists, property names and types). Prose (descriptions, examples, summaries) is not compared.
/// Each difference is one readable line, stable enough to allow-list.
/// </summary>
public static class OpenApiComparer
{
    public static List<string> Compare(JsonObject reference, JsonObject actual)
    {
        var differences = new List<string>();
        Check(differences, "openapi version", Text(reference["openapi"]), Text(actual["openapi"]));
        Check(differences, "document security", Security(reference["security"]), Security(actual["security"]));
        CompareOperations(differences, Operations(reference), Operations(actual));
        CompareSchemas(differences, reference["components"]?["schemas"] as JsonObject, actual["components"]?["schemas"] as JsonObject);
        CompareSecuritySchemes(differences, reference["components"]?["securitySchemes"] as JsonObject, actual["components"]?["securitySchemes"] as JsonObject);
        return differences;
    }

    private static void CompareOperations(List<string> differences, Dictionary<string, JsonObject> reference, Dictionary<string, JsonObject> actual)
    {
        foreach (var (key, expected) in reference)
        {
            if (!actual.TryGetValue(key, out var found))
            {
                differences.Add($"{key}: missing");
                continue;
            }

            Check(differences, $"{key} operationId", Text(expected["operationId"]), Text(found["operationId"]));
            Check(differences, $"{key} tags", List(expected["tags"]), List(found["tags"]));
            Check(differences, $"{key} security", Security(expected["security"]), Security(found["security"]));
            CompareParameters(differences, key, Parameters(expected), Parameters(found));
            CompareResponses(differences, key, expected["responses"] as JsonObject, found["responses"] as JsonObject);
        }

        differences.AddRange(actual.Keys.Except(reference.Keys).Select(key => $"{key}: not in the reference"));
    }

    private static void CompareParameters(List<string> differences, string operation, Dictionary<string, JsonObject> reference, Dictionary<string, JsonObject> actual)
    {
        foreach (var (key, expected) in reference)
        {
            var where = $"{operation} parameter {key}";
            if (!actual.TryGetValue(key, out var found))
            {
                differences.Add($"{where}: missing");
                continue;
            }

            Check(differences, $"{where} required", Flag(expected["required"]), Flag(found["required"]));
            Check(differences, $"{where} schema", Describe(expected["schema"]), Describe(found["schema"]));
        }

        differences.AddRange(actual.Keys.Except(reference.Keys).Select(key => $"{operation} parameter {key}: not in the reference"));
    }

    private static void CompareResponses(List<string> differences, string operation, JsonObject? reference, JsonObject? actual)
    {
        reference ??= [];
        actual ??= [];
        foreach (var (status, expected) in reference)
        {
            var where = $"{operation} response {status}";
            if (actual[status] is not { } found)
            {
                differences.Add($"{where}: missing");
                continue;
            }

            Check(differences, $"{where} body", Body(expected), Body(found));
        }

        differences.AddRange(actual.Select(r => r.Key).Except(reference.Select(r => r.Key)).Select(status => $"{operation} response {status}: not in the reference"));
    }

    private static void CompareSchemas(List<string> differences, JsonObject? reference, JsonObject? actual)
    {
        reference ??= [];
        actual ??= [];
        foreach (var (name, expected) in reference)
        {
            var where = $"schema {name}";
            if (actual[name] is not { } found)
            {
                differences.Add($"{where}: missing");
                continue;
            }

            Check(differences, $"{where} type", Describe(expected, withProperties: false), Describe(found, withProperties: false));
            Check(differences, $"{where} required", string.Join(", ", List(expected?["required"]).Split(", ").Order(StringComparer.Ordinal)),
                string.Join(", ", List(found["required"]).Split(", ").Order(StringComparer.Ordinal)));
            var expectedProperties = expected?["properties"] as JsonObject ?? [];
            var foundProperties = found["properties"] as JsonObject ?? [];
            foreach (var (property, schema) in expectedProperties)
            {
                if (foundProperties[property] is not { } foundSchema)
                {
                    differences.Add($"{where}.{property}: missing");
                    continue;
                }

                Check(differences, $"{where}.{property}", Describe(schema), Describe(foundSchema));
            }

            differences.AddRange(foundProperties.Select(p => p.Key).Except(expectedProperties.Select(p => p.Key)).Select(p => $"{where}.{p}: not in the reference"));
        }

        differences.AddRange(actual.Select(s => s.Key).Except(reference.Select(s => s.Key)).Select(name => $"schema {name}: not in the reference"));
    }

    private static void CompareSecuritySchemes(List<string> differences, JsonObject? reference, JsonObject? actual)
    {
        foreach (var (name, expected) in reference ?? [])
        {
            if (actual?[name] is not { } found)
            {
                differences.Add($"security scheme {name}: missing");
                continue;
            }

            foreach (var field in new[] { "type", "name", "in", "scheme" })
            {
                Check(differences, $"security scheme {name} {field}", Text(expected?[field]), Text(found[field]));
            }
        }
    }

    private static void Check(List<string> differences, string what, string expected, string found)
    {
        if (expected != found)
        {
            differences.Add($"{what}: expected {expected}, found {found}");
        }
    }

    /// <summary>Operations keyed "GET /path".</summary>
    private static Dictionary<string, JsonObject> Operations(JsonObject document)
    {
        var operations = new Dictionary<string, JsonObject>();
        foreach (var (path, item) in document["paths"] as JsonObject ?? [])
        {
            foreach (var (method, operation) in item as JsonObject ?? [])
            {
                if (operation is JsonObject op && method is "get" or "put" or "post" or "delete" or "options" or "head" or "patch" or "trace")
                {
                    operations[$"{method.ToUpperInvariant()} {path}"] = op;
                }
            }
        }

        return operations;
    }

    /// <summary>Parameters keyed "in name"; header names are case-insensitive in HTTP, so they are compared lower-cased.</summary>
    private static Dictionary<string, JsonObject> Parameters(JsonObject operation) =>
        (operation["parameters"] as JsonArray ?? []).OfType<JsonObject>().ToDictionary(p =>
        {
            var location = Text(p["in"]);
            var name = Text(p["name"]);
            return $"{location} {(location == "header" ? name.ToLowerInvariant() : name)}";
        });

    /// <summary>The schemas of a response over all its media types, or "none" when it has no body.</summary>
    private static string Body(JsonNode? response)
    {
        var schemas = (response?["content"] as JsonObject ?? []).Select(c => Describe(c.Value?["schema"])).Distinct().Order(StringComparer.Ordinal).ToList();
        return schemas.Count == 0 ? "none" : string.Join(" | ", schemas);
    }

    /// <summary>A schema as "{type, format, $ref, items, map values, default}"; descriptions and bounds left out.</summary>
    public static string Describe(JsonNode? schema, bool withProperties = true)
    {
        if (schema is not JsonObject s)
        {
            return "{}";
        }

        var parts = new List<string>();
        if (s["$ref"] is { } reference)
        {
            parts.Add("ref " + Text(reference).Split('/')[^1]);
        }

        if (s["type"] is JsonArray types)
        {
            parts.Add("type " + string.Join("|", types.Select(Text).Order(StringComparer.Ordinal)));
        }
        else if (s["type"] is { } type)
        {
            parts.Add("type " + Text(type));
        }

        if (s["format"] is { } format)
        {
            parts.Add("format " + Text(format));
        }

        if (withProperties && s["items"] is { } items)
        {
            parts.Add("items " + Describe(items));
        }

        if (withProperties && s["additionalProperties"] is JsonObject values)
        {
            parts.Add("map of " + Describe(values));
        }

        if (s["default"] is { } defaultValue)
        {
            parts.Add("default " + defaultValue.ToJsonString());
        }

        return "{" + string.Join(", ", parts) + "}";
    }

    private static string Security(JsonNode? requirements) =>
        requirements is JsonArray list
            ? string.Join(" or ", list.Select(r => "[" + string.Join(" and ", (r as JsonObject ?? []).Select(s => s.Key)) + "]"))
            : "none";

    private static string List(JsonNode? node) => node is JsonArray list ? string.Join(", ", list.Select(Text)) : string.Empty;

    private static string Flag(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) && b ? "true" : "false";

    private static string Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? "(absent)";
}
