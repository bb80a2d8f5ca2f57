using static NmZaMe.Web.Api.Delivery.OpenApi.DeliveryParameters;

namespace NmZaMe.Web.Api.Delivery.OpenApi;

/// <summary>OpenAPI descriptions of the content endpoints in <see cref="ContentEndpoints"/>.</summary>
public static class ContentOperations
{
    private const string Item = "content item";

    public static ApiOperation Query { get; } = new(
        "Query content",
        [Fetch, Filter, Sort, Skip(Item), Take(Item), Expand(Item), Fields(Item), .. ContentHeaders],
        [
            ApiResponse.Json(200, "One page of the matching content items and the total number of matches.", ApiSchema.RefTo("PagedIApiContentResponseModel")),
            ApiResponse.Problem(400, "fetch, filter or sort names an option that does not exist, or skip/take is not a whole number of zero or more."),
            Unauthorized with { Extension = "The reference documents 401 only on the item endpoints; NmZaMe refuses access the same way here." },
            new ApiResponse(404, "The Start-Item header names no root item.", [new ApiContent("text/plain", ApiSchema.String)]),
        ])
    {
        Description = "Selects content with fetch (all content when omitted), narrows it with filter, orders it with sort and returns one page. Only items routable in the requested culture are returned.",
    };

    public static ApiOperation ById { get; } = new(
        "Get a content item by key",
        [Id(Item), Expand(Item), Fields(Item), .. ContentHeaders],
        ItemResponses);

    public static ApiOperation ByPath { get; } = new(
        "Get a content item by route",
        [
            new ApiParameter("path", ParameterLocation.Path, ApiSchema.String with { Default = "" },
                "Route of the item below its root, e.g. organizacije/csd-dolenjska-in-bela-krajina-enota-novo-mesto; empty for the root. An encoded slash (%2F) is decoded.")
            {
                Required = true,
            },
            Expand(Item), Fields(Item), .. ContentHeaders,
        ],
        ItemResponses);

    public static ApiOperation Items { get; } = new(
        "Get several content items by key",
        [Ids(Item), Expand(Item), Fields(Item), .. ContentHeaders],
        [
            ApiResponse.Json(200, "The content items found, in the order asked for.", ApiSchema.ArrayOf(ApiSchema.RefTo("IApiContentResponseModel"))),
            ApiResponse.Problem(400, "An id is not a GUID.") with { Extension = "The reference documents no 400 here; NmZaMe answers a malformed id with ProblemDetails." },
            Unauthorized,
            Forbidden,
            new ApiResponse(404, "The Start-Item header names no root item.", [new ApiContent("text/plain", ApiSchema.String)])
            {
                Extension = "The reference documents no 404 here; NmZaMe checks Start-Item on every content endpoint.",
            },
        ]);

    // Expression-bodied, not initialised: static initialisers run in textual order and the operations above use these.
    private static ApiParameter Fetch =>
        new("fetch", ParameterLocation.Query, ApiSchema.String,
            "Which items to start from: ancestors:, children: or descendants: followed by the key or route of an item. Without fetch: every item (or, with Start-Item, the descendants of that root). An item that cannot be found selects nothing.")
        {
            Examples =
            [
                new("Everything", ""),
                new("Children of the root by route", "children:/"),
                new("Children of an item by key", "children:3f2b7c1e-0d4a-4c55-9a6e-2b1d8c9e7f10"),
                new("Descendants of an item by route", "descendants:/organizacije/"),
                new("Ancestors of an item by route", "ancestors:/organizacije/csd-dolenjska-in-bela-krajina-enota-novo-mesto/"),
            ],
        };

    private static ApiParameter Filter =>
        new("filter", ParameterLocation.Query, ApiSchema.StringArray,
            "Narrows the selection; repeat the parameter to combine filters (an item must match all). Umbraco's options: contentType:{alias}, name:{text} (name contains the text), createDate and updateDate with an operator (: :! > >: < <:) and a date. NmZaMe adds lifeChallenge:{id|urlSegment}, targetGroup:{value}, municipality:{value}, cost:{value} and text:{query}, a free-text search that tolerates missing diacritics, inflection and typos and orders by relevance unless sort is given. In contentType and the added list options, comma-separated values match any of them and a leading ! negates. An unknown option gives 400.")
        {
            Examples =
            [
                new("No filter", ""),
                new("Services only", "contentType:service"),
                new("Name contains", "name:center"),
                new("Created in 2025", "createDate>:2025-01-01", "createDate<2026-01-01"),
                new("Services for older people in Novo mesto", "contentType:service", "targetGroup:starejsi", "municipality:Novo mesto"),
                new("Services for a life challenge", "lifeChallenge:dusevno-zdravje"),
                new("Free services", "cost:brezplacno"),
                new("Free-text search", "text:pomoc na domu"),
            ],
            Extensions =
            [
                new("lifeChallenge:{id|urlSegment}", "Items whose lifeChallenges picker includes the life challenge with that key or URL segment."),
                new("targetGroup:{value}", "Items whose targetGroups include the value."),
                new("municipality:{value}", "Items whose municipalities include the value."),
                new("cost:{value}", "Items whose cost is the value (brezplačno, delno plačljivo, plačljivo; diacritics optional)."),
                new("text:{query}", "Free-text search over name, keywords, summary and body; relevance order unless sort is given."),
            ],
        };

    private static ApiParameter Sort =>
        new("sort", ParameterLocation.Query, ApiSchema.StringArray,
            "Order of the results; repeat for tie-breakers. createDate, updateDate, level, name or sortOrder, then :asc or :desc (anything but asc sorts descending). Names sort in Slovenian alphabetical order.")
        {
            Examples =
            [
                new("Tree order", ""),
                new("Newest first", "createDate:desc"),
                new("Alphabetical", "name:asc"),
                new("By level, then position", "level:asc", "sortOrder:asc"),
                new("Recently updated", "updateDate:desc"),
            ],
        };

    private static ApiResponse Unauthorized => ApiResponse.Problem(401,
        "The API is disabled, public access is off and Api-Key is missing or wrong, or Preview is requested without a valid Api-Key.");

    private static ApiResponse Forbidden => new(403,
        "Reserved by Umbraco for member-protected content. NmZaMe has no protected content and does not answer 403.", []);

    private static IReadOnlyList<ApiResponse> ItemResponses =>
    [
        ApiResponse.Json(200, "The content item.", ApiSchema.RefTo("IApiContentResponseModel")),
        Unauthorized,
        Forbidden,
        ApiResponse.NotFoundOrUnknownStartItem("No routable item has that key or route in the requested culture (ProblemDetails), or the Start-Item header names no root item (plain text)."),
    ];
}
