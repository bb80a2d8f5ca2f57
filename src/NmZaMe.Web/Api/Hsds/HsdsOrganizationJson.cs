using System.Text.Json.Nodes;
using NmZaMe.Cms.Hsds;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Api.Hsds;

/// <summary>organization objects: the list shape (one-to-one fields) and the full one with its services.</summary>
public static class HsdsOrganizationJson
{
    public static JsonObject Organization(HsdsContext context, PublishedContent organisation, bool full, bool fullServices = false)
    {
        var json = new JsonObject()
            .Put("id", organisation.Key)
            .Put("name", context.Name(organisation))
            .Put("description", HsdsServiceJson.OrganisationDescription(context, organisation))
            .Put("email", HsdsContext.Invariant(organisation, "email"))
            .Put("website", Website(context, organisation))
            .Put("logo", Logo(context, organisation))
            .Put("uri", context.PageUrl(organisation));
        if (!full)
        {
            return json;
        }

        var place = HsdsLocationJson.PlaceOf(context, organisation);
        var registration = HsdsContext.Invariant(organisation, "registrationNumber");
        return json
            .Put("contacts", HsdsServiceJson.Contacts(context, organisation, "organization_id"))
            .Put("locations", place is null ? [] : [HsdsLocationJson.Location(context, place)])
            .Put("organization_identifiers", registration is null ? [] : [new JsonObject()
                .Put("id", HsdsIds.Derived(organisation.Key, "organization_identifier"))
                .Put("organization_id", organisation.Key)
                .Put("identifier_scheme", "SI-PRS")
                .Put("identifier_type", context.IsEnglish ? "registration number" : "matična številka")
                .Put("identifier", registration)])
            .Put("attributes", HsdsTaxonomyJson.Attributes(context, organisation.Key, "organization", HsdsTaxonomies.Of(context, organisation)))
            .Put("services", context.Services.Where(s => s.ParentKey == organisation.Key)
                .Select(s => (JsonNode)HsdsServiceJson.Service(context, s, fullServices, withOrganisation: false)));
    }

    private static string? Website(HsdsContext context, PublishedContent organisation) =>
        (organisation.Value("website", string.Empty) as List<LinkValue> ?? []).Select(l => context.Absolute(l.Url)).FirstOrDefault(u => u is not null);

    private static string? Logo(HsdsContext context, PublishedContent organisation) =>
        organisation.Value("logo", string.Empty) is List<MediaPickerEntry> { Count: > 0 } picked
            ? context.Absolute(context.Snapshot.MediaUrl(picked[0].MediaKey))
            : null;
}
