using System.Text.Json.Nodes;

namespace NmZaMe.Web.Api.Delivery.OpenApi;

/// <summary>
/// Component schemas of the JSON that <c>DeliveryJsonWriter</c> writes. Names, required lists and property types are
/// Umbraco's, so code generated from either document reads both servers.
/// </summary>
public static class DeliverySchemas
{
    public static JsonObject Build() => new()
    {
        ["IApiContentResponseModel"] = Object(
            "A content item with its properties and its routes in every published culture.",
            ["contentType", "createDate", "updateDate", "route", "id", "properties", "cultures"],
            ("contentType", Nullable("string", "Alias of the document type.")),
            ("name", Nullable("string", "Name in the requested culture.")),
            ("createDate", DateTime("When the item was created (UTC).")),
            ("updateDate", DateTime("When the item was last published in the requested culture (UTC).")),
            ("route", Ref("IApiContentRouteModel", "Route in the requested culture.")),
            ("id", Uuid("Key of the item.")),
            ("properties", Nullable("object", "Property values by alias, shaped by each property editor.")),
            ("cultures", new JsonObject
            {
                ["type"] = NullOr("object"),
                ["description"] = "Route per culture for culture-variant items; empty for invariant ones.",
                ["additionalProperties"] = Ref("IApiContentRouteModel"),
            })),
        ["IApiContentRouteModel"] = Object(
            "Where an item is found.",
            ["path", "startItem"],
            ("path", Nullable("string", "Path below the root item, with a trailing slash; / for the root.")),
            ("queryString", Nullable("string", "Query string of the route, if any.")),
            ("startItem", Ref("IApiContentStartItemModel", "The root item the path is relative to."))),
        ["IApiContentStartItemModel"] = Object(
            "The root item a route belongs to.",
            ["id", "path"],
            ("id", Uuid("Key of the root item.")),
            ("path", Nullable("string", "URL segment of the root item."))),
        ["IApiMediaWithCropsResponseModel"] = Object(
            "A media item (image, file or folder).",
            ["path", "createDate", "updateDate", "id", "name", "mediaType", "url", "properties"],
            ("path", Nullable("string", "Folder and item names from the media root.")),
            ("createDate", DateTime("When the item was created (UTC).")),
            ("updateDate", DateTime("When the item was last changed (UTC).")),
            ("focalPoint", Ref("ImageFocalPointModel", "Focal point of an image, or null.")),
            ("crops", new JsonObject
            {
                ["type"] = NullOr("array"),
                ["description"] = "Crops defined for the image.",
                ["items"] = Ref("ImageCropModel"),
            }),
            ("id", Uuid("Key of the item.")),
            ("name", Nullable("string", "Name of the item.")),
            ("mediaType", Nullable("string", "Alias of the media type.")),
            ("url", Nullable("string", "Relative URL of the file; null for folders.")),
            ("extension", Nullable("string", "File extension without the dot.")),
            ("width", Nullable("integer", "Width in pixels.", "int32")),
            ("height", Nullable("integer", "Height in pixels.", "int32")),
            ("bytes", Nullable("integer", "File size in bytes.", "int32")),
            ("properties", Nullable("object", "Other property values by alias."))),
        ["ImageCropCoordinatesModel"] = Object(
            "Crop rectangle as fractions of the image size, measured from each edge.",
            ["x1", "y1", "x2", "y2"],
            ("x1", Double("Left edge.")),
            ("y1", Double("Top edge.")),
            ("x2", Double("Right edge.")),
            ("y2", Double("Bottom edge."))),
        ["ImageCropModel"] = Object(
            "A named crop of an image.",
            ["alias", "width", "height", "coordinates"],
            ("alias", Nullable("string", "Alias of the crop.")),
            ("width", Int32("Width of the crop in pixels.")),
            ("height", Int32("Height of the crop in pixels.")),
            ("coordinates", Ref("ImageCropCoordinatesModel", "Rectangle chosen by the editor."))),
        ["ImageFocalPointModel"] = Object(
            "Point of interest as fractions of the image width and height.",
            ["left", "top"],
            ("left", Double("Distance from the left edge (0 to 1).")),
            ("top", Double("Distance from the top edge (0 to 1)."))),
        ["PagedIApiContentResponseModel"] = Paged("content items", "IApiContentResponseModel"),
        ["PagedIApiMediaWithCropsResponseModel"] = Paged("media items", "IApiMediaWithCropsResponseModel"),
        ["ProblemDetails"] = Object(
            "An error in the RFC 9457 format; title and detail match Umbraco's for the same error.",
            [],
            ("type", Nullable("string", "URI of the error type.")),
            ("title", Nullable("string", "Short summary of the error.")),
            ("status", Nullable("integer", "HTTP status code.", "int32")),
            ("detail", Nullable("string", "Explanation of this occurrence.")),
            ("instance", Nullable("string", "URI of this occurrence."))),
    };

    private static JsonObject Paged(string what, string itemSchema) => Object(
        $"One page of {what}.",
        ["total", "items"],
        ("total", new JsonObject { ["type"] = "integer", ["format"] = "int64", ["description"] = $"Number of {what} matching the query, on all pages." }),
        ("items", new JsonObject { ["type"] = "array", ["description"] = "The items on this page.", ["items"] = Ref(itemSchema) }));

    private static JsonObject Object(string description, string[] required, params (string Name, JsonObject Schema)[] properties)
    {
        var json = new JsonObject { ["description"] = description };
        if (required.Length > 0)
        {
            json["required"] = new JsonArray([.. required.Select(r => JsonValue.Create(r))]);
        }

        json["type"] = "object";
        var props = new JsonObject();
        foreach (var (name, schema) in properties)
        {
            props[name] = schema;
        }

        json["properties"] = props;
        return json;
    }

    // OpenAPI 3.1 spells nullable as a type array, as Umbraco's document does.
    private static JsonArray NullOr(string type) => ["null", type];

    private static JsonObject Nullable(string type, string description, string? format = null)
    {
        var json = new JsonObject { ["type"] = NullOr(type) };
        if (format is not null)
        {
            json["format"] = format;
        }

        json["description"] = description;
        return json;
    }

    private static JsonObject DateTime(string description) => new() { ["type"] = "string", ["format"] = "date-time", ["description"] = description };

    private static JsonObject Uuid(string description) => new() { ["type"] = "string", ["format"] = "uuid", ["description"] = description };

    private static JsonObject Double(string description) => new() { ["type"] = "number", ["format"] = "double", ["description"] = description };

    private static JsonObject Int32(string description) => new() { ["type"] = "integer", ["format"] = "int32", ["description"] = description };

    private static JsonObject Ref(string name, string? description = null)
    {
        var json = new JsonObject { ["$ref"] = "#/components/schemas/" + name };
        if (description is not null)
        {
            json["description"] = description;
        }

        return json;
    }
}
