using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Patterns;

namespace NmZaMe.Web.Api.Delivery.OpenApi;

/// <summary>
/// Builds the OpenAPI 3.1 document of the Delivery API from the endpoints that carry an <see cref="ApiOperation"/>:
/// paths come from their route patterns, operationIds from their names and tags from their tags, so a changed route
/// changes the document instead of leaving it stale.
/// </summary>
public static class DeliveryOpenApiDocument
{
    public const string ApiKeyScheme = "ApiKeyAuth";

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Content"] = "Published content of the catalogue: life challenges, organisations, services, news and pages.",
        ["Media"] = "Images and files, and the folders that hold them.",
    };

    public static JsonObject Build(IEnumerable<Endpoint> endpoints, int maxTake)
    {
        var paths = new JsonObject();
        var tags = new List<string>();
        var deviations = new List<string>();
        foreach (var endpoint in endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<ApiOperation>() is not { } operation)
            {
                continue;
            }

            var display = endpoint.RoutePattern.RawText ?? endpoint.DisplayName;
            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName
                ?? throw new InvalidOperationException($"The documented endpoint {display} has no name (WithName) for its operationId.");
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods
                ?? throw new InvalidOperationException($"The documented endpoint {name} does not restrict its HTTP methods.");
            var endpointTags = endpoint.Metadata.GetOrderedMetadata<ITagsMetadata>().SelectMany(t => t.Tags).Distinct().ToList();
            CheckPathParameters(name, endpoint.RoutePattern, operation);

            var path = OpenApiPath(endpoint.RoutePattern);
            if (paths[path] is not JsonObject pathItem)
            {
                pathItem = [];
                paths[path] = pathItem;
            }

            foreach (var method in methods)
            {
                pathItem[method.ToLowerInvariant()] = Operation(name, endpointTags, operation, maxTake);
            }

            tags.AddRange(endpointTags.Except(tags));
            deviations.AddRange(operation.Parameters.Select(p => p.Deviation).OfType<string>().Except(deviations));
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["info"] = new JsonObject
            {
                ["title"] = "NmZaMe Delivery API",
                ["description"] = "The Umbraco 17 Content Delivery API v2 as served by NmZaMe, the catalogue of the local welfare system of Novo mesto. "
                    + "Paths, parameters and JSON shapes are Umbraco's, so Umbraco clients work unchanged. NmZaMe's additions are marked "
                    + "x-nmzame-extensions / x-nmzame-extension, deliberate differences x-nmzame-deviation. While the content cache loads "
                    + "after start-up, every endpoint answers 503.",
                ["version"] = "2.0",
                ["x-nmzame-deviations"] = new JsonArray([.. deviations.Select(d => JsonValue.Create(d))]),
            },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = DeliverySchemas.Build(),
                ["securitySchemes"] = new JsonObject
                {
                    [ApiKeyScheme] = new JsonObject
                    {
                        ["type"] = "apiKey",
                        ["description"] = "The key configured as NmZaMe:DeliveryApi:ApiKey. Needed for preview, and for everything when public access is turned off.",
                        ["name"] = "Api-Key",
                        ["in"] = "header",
                    },
                },
            },
            ["security"] = new JsonArray(new JsonObject { [ApiKeyScheme] = new JsonArray() }),
            ["tags"] = new JsonArray([.. tags.Select(Tag)]),
        };
    }

    /// <summary>The route as an OpenAPI path template: constraints and the catch-all marker are not part of it.</summary>
    public static string OpenApiPath(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            _ => throw new InvalidOperationException($"Unexpected route part {part.GetType().Name} in {pattern.RawText}."),
        }))));

    private static void CheckPathParameters(string name, RoutePattern pattern, ApiOperation operation)
    {
        var routed = pattern.Parameters.Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var documented = operation.Parameters.Where(p => p.In == ParameterLocation.Path).Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        if (!routed.SequenceEqual(documented))
        {
            throw new InvalidOperationException(
                $"Endpoint {name} ({pattern.RawText}) routes the parameters [{string.Join(", ", routed)}] but documents [{string.Join(", ", documented)}].");
        }
    }

    private static JsonObject Operation(string operationId, IEnumerable<string> tags, ApiOperation operation, int maxTake)
    {
        var json = new JsonObject
        {
            ["tags"] = new JsonArray([.. tags.Select(t => JsonValue.Create(t))]),
            ["summary"] = operation.Summary,
        };
        if (operation.Description is not null)
        {
            json["description"] = operation.Description;
        }

        json["operationId"] = operationId;
        json["parameters"] = new JsonArray([.. operation.Parameters.Select(p => Parameter(p, maxTake))]);
        var responses = new JsonObject();
        foreach (var response in operation.Responses.OrderBy(r => r.Status))
        {
            responses[response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Response(response, maxTake);
        }

        json["responses"] = responses;
        json["security"] = new JsonArray([.. operation.Security.Select(s => new JsonObject { [s] = new JsonArray() })]);
        return json;
    }

    private static JsonObject Parameter(ApiParameter parameter, int maxTake)
    {
        var json = new JsonObject
        {
            ["name"] = parameter.Name,
            ["in"] = parameter.In.ToString().ToLowerInvariant(),
            ["description"] = parameter.Description,
        };
        if (parameter.Required)
        {
            json["required"] = true;
        }

        json["schema"] = parameter.Schema.ToJson(maxTake);
        if (parameter.Examples.Count > 0)
        {
            var examples = new JsonObject();
            foreach (var example in parameter.Examples)
            {
                examples[example.Name] = new JsonObject
                {
                    ["value"] = parameter.Schema.Type == "array"
                        ? new JsonArray([.. example.Values.Select(v => JsonValue.Create(v))])
                        : JsonValue.Create(example.Values.FirstOrDefault() ?? string.Empty),
                };
            }

            json["examples"] = examples;
        }

        if (parameter.Extensions.Count > 0)
        {
            json["x-nmzame-extensions"] = new JsonArray([.. parameter.Extensions.Select(e => new JsonObject
            {
                ["syntax"] = e.Syntax,
                ["description"] = e.Description,
            })]);
        }

        if (parameter.Deviation is not null)
        {
            json["x-nmzame-deviation"] = parameter.Deviation;
        }

        return json;
    }

    private static JsonObject Response(ApiResponse response, int maxTake)
    {
        var json = new JsonObject { ["description"] = response.Description };
        if (response.Content.Count > 0)
        {
            var content = new JsonObject();
            foreach (var body in response.Content)
            {
                content[body.MediaType] = new JsonObject { ["schema"] = body.Schema.ToJson(maxTake) };
            }

            json["content"] = content;
        }

        if (response.Extension is not null)
        {
            json["x-nmzame-extension"] = response.Extension;
        }

        return json;
    }

    private static JsonObject Tag(string name)
    {
        var json = new JsonObject { ["name"] = name };
        if (TagDescriptions.TryGetValue(name, out var description))
        {
            json["description"] = description;
        }

        return json;
    }
}
