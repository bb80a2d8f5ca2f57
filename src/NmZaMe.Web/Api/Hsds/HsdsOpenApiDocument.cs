using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;

namespace NmZaMe.Web.Api.Hsds;

/// <summary>
/// The OpenAPI 3.1 document of /hsds, built from the endpoints that carry an <see cref="HsdsOperation"/> (so a changed
/// route changes the document), with HSDS 3.0's own parameter definitions and response schemas.
/// </summary>
public static partial class HsdsOpenApiDocument
{
    private static readonly Dictionary<string, (string Description, JsonObject Schema)> Parameters = new()
    {
        ["id"] = ("The record's UUID.", new JsonObject { ["type"] = "string", ["format"] = "uuid" }),
        ["search"] = ("Free text, searched by the site's own search (names, summaries, descriptions, keywords and everyday words, Slovenian stemming).", Str()),
        ["page"] = ("The page, from 1.", new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["default"] = 1 }),
        ["per_page"] = ("Items per page; larger values are capped at NmZaMe:Hsds:MaxPerPage (200 unless configured).", new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["default"] = HsdsQuery.DefaultPerPage }),
        ["format"] = ("Only json is served.", new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("json") }),
        ["taxonomy_term_id"] = ("Only items classified with this term.", new JsonObject { ["type"] = "string", ["format"] = "uuid" }),
        ["taxonomy_id"] = ("Only items classified with any term of this taxonomy.", new JsonObject { ["type"] = "string", ["format"] = "uuid" }),
        ["organization_id"] = ("Only services of this organisation.", new JsonObject { ["type"] = "string", ["format"] = "uuid" }),
        ["modified_after"] = ("Only items changed at or after this RFC 3339 instant (with Z or an offset).", new JsonObject { ["type"] = "string", ["format"] = "date-time" }),
        ["full"] = ("Fully nested items in the list.", Bool()),
        ["full_service"] = ("Fully nested services in organisations.", Bool()),
        ["top_only"] = ("Only terms without a parent.", Bool()),
        ["parent_id"] = ("Only the children of this term.", new JsonObject { ["type"] = "string", ["format"] = "uuid" }),
        ["lang"] = ("NmZaMe profile: the language of texts, sl (default) or en; without it, Accept-Language decides. Texts not yet translated stay Slovenian.",
            new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("sl", "en") }),
    };

    public static JsonObject Build(IEnumerable<Endpoint> endpoints, string baseUrl)
    {
        var paths = new JsonObject();
        foreach (var endpoint in endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<HsdsOperation>() is not { } operation)
            {
                continue;
            }

            var raw = endpoint.RoutePattern.RawText ?? string.Empty;
            var path = Constraint().Replace(raw.StartsWith("/hsds", StringComparison.Ordinal) ? raw["/hsds".Length..] : raw, "{$1}");
            path = path.Length == 0 ? "/" : path;
            paths[path] = new JsonObject { ["get"] = Operation(endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? path, operation) };
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["jsonSchemaDialect"] = "https://json-schema.org/draft/2020-12/schema",
            ["info"] = new JsonObject
            {
                ["title"] = "NmZaMe HSDS API",
                ["description"] = "Open Referral's Human Services Data Specification 3.0 over the published NmZaMe catalogue, following the Slovenian profile at "
                    + baseUrl + HsdsSetup.ProfilePath + ". Read-only, anonymous, cached with strong ETags. While the content cache loads after start-up, every endpoint answers 503.",
                ["version"] = "3.0",
                ["license"] = new JsonObject { ["name"] = "HSDS: CC BY-SA 4.0, Open Referral", ["url"] = "https://creativecommons.org/licenses/by-sa/4.0/" },
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = baseUrl + "/hsds" }),
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = new JsonObject { ["Page"] = Page() } },
        };
    }

    private static JsonObject Operation(string name, HsdsOperation operation)
    {
        var item = new JsonObject { ["$ref"] = operation.Schema };
        var schema = operation.Schema.Length == 0
            ? new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { ["version"] = Str(), ["profile"] = Str(), ["openapi_url"] = Str() },
            }
            : operation.Paged
                ? new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/components/schemas/Page" }, new JsonObject { ["properties"] = new JsonObject { ["contents"] = new JsonObject { ["type"] = "array", ["items"] = item } } }) }
                : item;
        var responses = new JsonObject
        {
            ["200"] = new JsonObject { ["description"] = "OK", ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } } },
            ["304"] = new JsonObject { ["description"] = "Not modified: the If-None-Match tag is still current." },
        };
        if (operation.Parameters.Length > 0)
        {
            responses["400"] = Problem("A parameter is not valid, or is one this API does not serve (minimal, postcode, proximity, a format other than json).");
        }

        if (operation.HasId)
        {
            responses["404"] = Problem("No published record has this id.");
        }

        return new JsonObject
        {
            ["operationId"] = name,
            ["summary"] = operation.Summary,
            ["parameters"] = new JsonArray([.. operation.Parameters.Select(p => (JsonNode)new JsonObject
            {
                ["name"] = p,
                ["in"] = p == "id" ? "path" : "query",
                ["required"] = p == "id",
                ["description"] = Parameters[p].Description,
                ["schema"] = Parameters[p].Schema.DeepClone(),
            })]),
            ["responses"] = responses,
        };
    }

    private static JsonObject Problem(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object" } } },
    };

    private static JsonObject Page() => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"),
        ["properties"] = new JsonObject
        {
            ["total_items"] = Int("Items matching the query, over all pages."),
            ["total_pages"] = Int("Pages of per_page items."),
            ["page_number"] = Int("This page, from 1."),
            ["size"] = Int("Items on this page."),
            ["first_page"] = Bool(),
            ["last_page"] = Bool(),
            ["empty"] = Bool(),
        },
    };

    private static JsonObject Str() => new() { ["type"] = "string" };

    private static JsonObject Bool() => new() { ["type"] = "boolean" };

    private static JsonObject Int(string description) => new() { ["type"] = "integer", ["description"] = description };

    [GeneratedRegex(@"\{(\w+):[^}]+\}")]
    private static partial Regex Constraint();
}
