using static NmZaMe.Web.Api.Delivery.OpenApi.DeliveryParameters;

namespace NmZaMe.Web.Api.Delivery.OpenApi;

/// <summary>OpenAPI descriptions of the media endpoints in <see cref="MediaEndpoints"/>.</summary>
public static class MediaOperations
{
    private const string Item = "media item";

    public static ApiOperation Query { get; } = new(
        "Query media",
        [Fetch, Filter, Sort, Skip(Item), Take(Item), Expand(Item), Fields(Item)],
        [
            ApiResponse.Json(200, "One page of the matching media items and the total number of matches.", ApiSchema.RefTo("PagedIApiMediaWithCropsResponseModel")),
            ApiResponse.Problem(400, "fetch is missing or not children:, filter or sort names an option that does not exist, or skip/take is not a whole number of zero or more."),
            Unauthorized,
        ])
    {
        Description = "Lists the children of a media folder (fetch is required), narrowed with filter and ordered with sort. As in Umbraco, the last sort given decides the order.",
    };

    public static ApiOperation ById { get; } = new(
        "Get a media item by key",
        [Id(Item), Expand(Item), Fields(Item)],
        ItemResponses);

    public static ApiOperation ByPath { get; } = new(
        "Get a media item by path",
        [
            new ApiParameter("path", ParameterLocation.Path, ApiSchema.String,
                "Folder and item names separated by /, compared case-insensitively, e.g. logotipi/csd-logotip.")
            {
                Required = true,
            },
            Expand(Item), Fields(Item),
        ],
        ItemResponses);

    public static ApiOperation Items { get; } = new(
        "Get several media items by key",
        [Ids(Item), Expand(Item), Fields(Item)],
        [
            ApiResponse.Json(200, "The media items found, in the order asked for.", ApiSchema.ArrayOf(ApiSchema.RefTo("IApiMediaWithCropsResponseModel"))),
            ApiResponse.Problem(400, "An id is not a GUID.") with { Extension = "The reference documents no 400 here; NmZaMe answers a malformed id with ProblemDetails." },
            Unauthorized,
        ]);

    // Expression-bodied, not initialised: static initialisers run in textual order and the operations above use these.
    private static ApiParameter Fetch =>
        new("fetch", ParameterLocation.Query, ApiSchema.String,
            "Required. children: followed by / for the media root, the key of a folder, or a path of folder names such as /logotipi/.")
        {
            Examples =
            [
                new("Media root", "children:/"),
                new("A folder by key", "children:3f2b7c1e-0d4a-4c55-9a6e-2b1d8c9e7f10"),
                new("A folder by path", "children:/logotipi/"),
            ],
        };

    private static ApiParameter Filter =>
        new("filter", ParameterLocation.Query, ApiSchema.StringArray,
            "Narrows the selection; repeat to combine (an item must match all). mediaType:{alias} (exact) or name:{text} (name contains the text, any case). An unknown option gives 400.")
        {
            Examples =
            [
                new("No filter", ""),
                new("Images only", "mediaType:Image"),
                new("Name contains", "name:logo"),
            ],
        };

    private static ApiParameter Sort =>
        new("sort", ParameterLocation.Query, ApiSchema.StringArray,
            "Order of the results: createDate, updateDate, name or sortOrder, then :asc or :desc. Only the last sort given takes effect, as in Umbraco.")
        {
            Examples =
            [
                new("Folder order", ""),
                new("Alphabetical", "name:asc"),
                new("Newest first", "createDate:desc"),
            ],
        };

    private static ApiResponse Unauthorized =>
        ApiResponse.Problem(401, "The API or its media part is disabled, or public access is off and Api-Key is missing or wrong.")
        with
        {
            Extension = "The reference documents no 401 for media; NmZaMe answers it when media access is refused.",
        };

    private static IReadOnlyList<ApiResponse> ItemResponses =>
    [
        ApiResponse.Json(200, "The media item.", ApiSchema.RefTo("IApiMediaWithCropsResponseModel")),
        Unauthorized,
        ApiResponse.Problem(404, "No media item has that key or path."),
    ];
}
