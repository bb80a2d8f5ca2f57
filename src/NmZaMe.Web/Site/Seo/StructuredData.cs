using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Services;

namespace NmZaMe.Web.Site.Seo;

/// <summary>schema.org structured data for search engines: GovernmentService/Service, GovernmentOrganization/NGO/Organization, WebSite.</summary>
public static class StructuredData
{
    // The default encoder escapes < > & and quotes, so the JSON can never end the <script> element it sits in.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    private static readonly HashSet<string> PublicBodies = ["občina", "državni organ", "javni zavod"];

    public static string WebSite(SiteContext site) => Write(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = site.SiteName,
        ["url"] = site.Absolute(site.HomeUrl),
        ["inLanguage"] = site.Culture,
        ["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = site.Absolute(site.SearchUrl) + "?q={search_term_string}",
            ["query-input"] = "required name=search_term_string",
        },
    });

    public static string Service(SiteContext site, PublishedContent service, ServiceDetails details)
    {
        var provider = service.ParentKey is { } p ? site.Snapshot.Get(p) : null;
        var isGovernment = provider is not null && PublicBodies.Contains(SiteContext.First(provider, "organisationType") ?? string.Empty);
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = isGovernment ? "GovernmentService" : "Service",
            ["name"] = details.Name,
            ["url"] = site.Absolute(details.Url),
            ["description"] = details.Summary?.Value,
            ["areaServed"] = new JsonArray(details.Municipalities.Select(m => (JsonNode)new JsonObject { ["@type"] = "City", ["name"] = m }).ToArray()),
            ["audience"] = details.TargetGroups.Count == 0 ? null : new JsonObject { ["@type"] = "Audience", ["audienceType"] = string.Join(", ", details.TargetGroups) },
            ["availableLanguage"] = new JsonArray(details.Languages.Select(l => (JsonNode)JsonValue.Create(l)).ToArray()),
        };
        if (provider is { ContentType.Alias: "organisation" })
        {
            json[isGovernment ? "serviceOperator" : "provider"] = OrganisationNode(site, provider);
        }

        if (details.Contacts.FirstOrDefault() is { } contact)
        {
            json["availableChannel"] = new JsonObject
            {
                ["@type"] = "ServiceChannel",
                ["servicePhone"] = contact.Phone is null ? null : new JsonObject { ["@type"] = "ContactPoint", ["telephone"] = contact.Phone, ["email"] = contact.Email },
                ["serviceUrl"] = site.Absolute(details.Url),
            };
        }

        return Write(json);
    }

    public static string Organisation(SiteContext site, PublishedContent organisation)
    {
        var node = OrganisationNode(site, organisation);
        node["@context"] = "https://schema.org";
        return Write(node);
    }

    public static string Article(SiteContext site, PublishedContent article, string url) => Write(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "NewsArticle",
        ["headline"] = site.Name(article),
        ["url"] = site.Absolute(url),
        ["datePublished"] = (SiteContext.Date(article, "publishDate") ?? article.CreateDate).ToString("yyyy-MM-dd"),
        ["inLanguage"] = site.Culture,
        ["publisher"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = site.SiteName },
    });

    private static JsonObject OrganisationNode(SiteContext site, PublishedContent organisation)
    {
        var type = SiteContext.First(organisation, "organisationType") switch
        {
            "občina" or "državni organ" => "GovernmentOrganization",
            "nevladna organizacija" or "verska organizacija" => "NGO",
            _ => "Organization",
        };
        var contact = ContactPoint.From(site, organisation).FirstOrDefault();
        var node = new JsonObject
        {
            ["@type"] = type,
            ["name"] = site.Name(organisation),
            ["url"] = site.Url(organisation) is { } url ? site.Absolute(url) : null,
            ["telephone"] = contact?.Phone,
            ["email"] = ContactPoint.EmailOf(organisation) ?? contact?.Email,
        };
        if (Address.Of(organisation, Address.IsConfidential(organisation)) is { } address)
        {
            node["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = address.Street,
                ["postalCode"] = address.Postcode,
                ["addressLocality"] = address.City,
                ["addressCountry"] = "SI",
            };
        }

        return node;
    }

    private static string Write(JsonObject json)
    {
        RemoveNulls(json);
        return json.ToJsonString(Options);
    }

    private static void RemoveNulls(JsonObject json)
    {
        foreach (var key in json.Where(p => p.Value is null).Select(p => p.Key).ToArray())
        {
            json.Remove(key);
        }

        foreach (var child in json.Select(p => p.Value).OfType<JsonObject>())
        {
            RemoveNulls(child);
        }
    }
}
