using NmZaMe.Cms.Catalogue;
using System.Text.Json.Nodes;
using NmZaMe.Cms.Hsds;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Api.Hsds;

/// <summary>service objects: the list shape (one-to-one fields and the provider) and the fully nested one.</summary>
public static class HsdsServiceJson
{
    public static string Status(PublishedContent service) => HsdsCodes.Status(HsdsContext.Strings(service, "status").FirstOrDefault());

    public static JsonObject Service(HsdsContext context, PublishedContent service, bool full, bool withOrganisation = true)
    {
        var provider = context.ProviderOf(service);
        var json = new JsonObject()
            .Put("id", service.Key)
            .Put("organization_id", provider?.Key)
            .Put("name", context.Name(service))
            .Put("description", Description(context, service))
            .Put("url", context.PageUrl(service))
            .Put("email", context.Blocks(service, "contacts").Select(c => HsdsContext.Invariant(c, "email")).FirstOrDefault(e => e is not null))
            .Put("status", Status(service))
            .Put("application_process", context.PlainText(service, "howToApply"))
            .Put("fees_description", context.Text(service, "costDetails"))
            .Put("eligibility_description", context.Text(service, "eligibility"))
            .Put("minimum_age", service.Value("minimumAge", string.Empty) is int min ? min : null)
            .Put("maximum_age", service.Value("maximumAge", string.Empty) is int max ? max : null)
            .Put("assured_date", service.Value("lastReviewed", string.Empty) is DateTime reviewed ? reviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null)
            .Put("alert", ServiceAlert.IsCurrent(service, context.UtcNow) ? context.Text(service, ServiceAlert.Alert) : null)
            .Put("last_modified", HsdsContext.Timestamp(HsdsContext.LastModified(service)))
            .Put("organization", withOrganisation && provider is not null ? HsdsOrganizationJson.Organization(context, provider, full: false) : null);
        if (!full)
        {
            return json;
        }

        var places = HsdsLocationJson.PlacesOf(context, service);
        return json
            .Put("schedules", ServiceSchedules(context, service))
            .Put("service_areas", HsdsContext.Strings(service, "municipalities").Select((m, i) => (JsonNode)new JsonObject()
                .Put("id", HsdsIds.Derived(service.Key, "service_area", i))
                .Put("service_id", service.Key)
                .Put("name", m)
                .Put("extent_type", "text")))
            .Put("service_at_locations", places.Select(p => (JsonNode)HsdsLocationJson.ServiceAtLocation(context, p, full: true, withService: false)))
            .Put("languages", HsdsContext.Strings(service, "languages").Select((l, i) => (JsonNode)new JsonObject()
                .Put("id", HsdsIds.Derived(service.Key, "language", i))
                .Put("service_id", service.Key)
                .Put("name", context.Label(l))
                .Put("code", HsdsCodes.LanguageCode(l))))
            .Put("cost_options", CostOptions(context, service))
            .Put("contacts", Contacts(context, service, "service_id"))
            .Put("attributes", HsdsTaxonomyJson.Attributes(context, service.Key, "service", HsdsTaxonomies.Of(context, service)));
    }

    /// <summary>Contact blocks as contacts, each with its phone; a block's label names the contact, its note describes the phone.</summary>
    public static IEnumerable<JsonNode> Contacts(HsdsContext context, PublishedContent owner, string ownerField)
    {
        var blocks = context.Blocks(owner, "contacts");
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var phone = HsdsContext.Invariant(block, "phone");
            var email = HsdsContext.Invariant(block, "email");
            if (phone is null && email is null)
            {
                continue;
            }

            var id = HsdsIds.Derived(owner.Key, "contact", i);
            yield return new JsonObject()
                .Put("id", id)
                .Put(ownerField, owner.Key)
                .Put("name", context.Text(block, "label"))
                .Put("email", email)
                .Put("phones", phone is null ? [] : [new JsonObject()
                    .Put("id", HsdsIds.Derived(id, "phone"))
                    .Put("contact_id", id)
                    .Put("number", phone)
                    .Put("description", context.Text(block, "note"))]);
        }
    }

    /// <summary>Summary first (HSDS has no summary field and consumers cut the first sentence), then the description.</summary>
    private static string? Description(HsdsContext context, PublishedContent item)
    {
        var summary = context.Text(item, "summary");
        var description = context.Text(item, "description") is { } markup ? context.AbsoluteLinks(markup) : null;
        return summary is null ? description
            : description is null ? summary
            : "<p>" + System.Net.WebUtility.HtmlEncode(summary) + "</p>" + description;
    }

    public static string OrganisationDescription(HsdsContext context, PublishedContent organisation) => Description(context, organisation) ?? context.Name(organisation);

    /// <summary>
    /// "Free of charge" is a price (0 EUR); "partly paid" and "paid" are options without an amount, since the catalogue
    /// keeps no prices, with the cost details as their description.
    /// </summary>
    private static IEnumerable<JsonNode> CostOptions(HsdsContext context, PublishedContent service)
    {
        if (HsdsContext.Strings(service, "cost").FirstOrDefault() is not { } cost)
        {
            yield break;
        }

        var json = new JsonObject()
            .Put("id", HsdsIds.Derived(service.Key, "cost_option"))
            .Put("service_id", service.Key)
            .Put("option", context.Label(cost));
        if (cost == HsdsCodes.FreeOfCharge)
        {
            json.Put("currency", "EUR").Put("amount", 0m);
        }

        yield return json.Put("amount_description", context.Text(service, "costDetails"));
    }

    /// <summary>
    /// Hours that belong to no published place: those of a confidential service's locations (the hours are not
    /// secret, the place is), and the provider's hours when the service has none of its own (as the site shows them).
    /// </summary>
    private static IEnumerable<JsonNode> ServiceSchedules(HsdsContext context, PublishedContent service)
    {
        var locations = context.Blocks(service, "locations");
        if (context.IsConfidentialService(service))
        {
            return locations.SelectMany(l => HsdsLocationJson.Schedules(context, l, HsdsIds.Derived(l.Key, "hours"), service.Key, "service_id"));
        }

        var own = locations.Any(l => context.Blocks(l, "openingHours").Count > 0);
        return !own && context.ProviderOf(service) is { } provider
            ? HsdsLocationJson.Schedules(context, provider, HsdsIds.Derived(service.Key, "provider_hours"), service.Key, "service_id")
            : [];
    }
}
