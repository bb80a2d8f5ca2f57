using System.Text.Json.Nodes;
using NmZaMe.Cms.Hsds;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Api.Hsds;

/// <summary>A place a service is given at: a locations block of a service, or an organisation's own address.</summary>
/// <param name="Id">The block's key (or a derived id for an organisation's address), so the id lasts as long as the place.</param>
public sealed record HsdsPlace(Guid Id, PublishedContent Owner, PublishedElement Element, bool OfOrganisation);

/// <summary>
/// location, address, accessibility, schedule and service_at_location objects. None of them is ever built for a
/// confidential organisation or its services: a safe house's address, coordinates and place must not leave the site.
/// </summary>
public static class HsdsLocationJson
{
    /// <summary>The places of a service (its locations blocks), none when its provider's location is confidential.</summary>
    public static IReadOnlyList<HsdsPlace> PlacesOf(HsdsContext context, PublishedContent service) =>
        context.IsConfidentialService(service)
            ? []
            : context.Blocks(service, "locations")
                .Where(l => HsdsContext.Invariant(l, "street") is not null || HsdsContext.Invariant(l, "city") is not null || l.Value("latitude", string.Empty) is decimal)
                .Select(l => new HsdsPlace(l.Key, service, l, OfOrganisation: false)).ToArray();

    /// <summary>An organisation's own address as a place, unless it is confidential or has no street and town.</summary>
    public static HsdsPlace? PlaceOf(HsdsContext context, PublishedContent organisation) =>
        context.IsConfidential(organisation) || HsdsContext.Invariant(organisation, "street") is null || HsdsContext.Invariant(organisation, "city") is null
            ? null
            : new HsdsPlace(HsdsIds.Derived(organisation.Key, "location"), organisation, organisation, OfOrganisation: true);

    public static Guid ServiceAtLocationId(HsdsPlace place) => HsdsIds.Derived(place.Id, "service_at_location");

    public static JsonObject Location(HsdsContext context, HsdsPlace place)
    {
        var organisation = place.OfOrganisation ? place.Owner : context.ProviderOf(place.Owner);
        var name = place.OfOrganisation ? context.Name(place.Owner) : context.Text(place.Element, "name");
        return new JsonObject()
            .Put("id", place.Id)
            .Put("location_type", "physical")
            .Put("organization_id", organisation?.Key)
            .Put("name", name)
            .Put("latitude", place.Element.Value("latitude", string.Empty) as decimal?)
            .Put("longitude", place.Element.Value("longitude", string.Empty) as decimal?)
            .Put("addresses", Address(place) is { } address ? [address] : [])
            .Put("accessibility", context.Text(place.Element, "accessibility") is { } access
                ? [new JsonObject().Put("id", HsdsIds.Derived(place.Id, "accessibility")).Put("location_id", place.Id).Put("description", access)]
                : []);
    }

    /// <param name="withService">False inside a service, which need not repeat itself.</param>
    public static JsonObject ServiceAtLocation(HsdsContext context, HsdsPlace place, bool full, bool withService = true)
    {
        var id = ServiceAtLocationId(place);
        var json = new JsonObject()
            .Put("id", id)
            .Put("service_id", place.Owner.Key)
            .Put("location_id", place.Id)
            .Put("location", Location(context, place));
        if (withService)
        {
            json.Put("service", HsdsServiceJson.Service(context, place.Owner, full: false));
        }

        return full ? json.Put("schedules", Schedules(context, place.Element, id, id, "service_at_location_id")) : json;
    }

    /// <summary>
    /// One schedule per openingHours block, RFC 5545 style (WEEKLY, BYDAY), times as local Europe/Ljubljana wall-clock
    /// times: HSDS's single numeric UTC offset cannot follow summer time, so it is left out and the zone is named in
    /// <c>timezone_name</c> (a profile field). "By appointment" has no times, only its description.
    /// </summary>
    /// <param name="seed">What the schedules' ids derive from: a key no other list of schedules derives from.</param>
    public static IEnumerable<JsonNode> Schedules(HsdsContext context, PublishedElement element, Guid seed, Guid owner, string ownerField)
    {
        var blocks = context.Blocks(element, "openingHours");
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var kind = HsdsContext.Strings(block, "kind").FirstOrDefault();
            var days = HsdsCodes.ByDay(HsdsContext.Strings(block, "days"));
            var opens = HsdsCodes.Time(HsdsContext.Invariant(block, "opens"));
            var closes = HsdsCodes.Time(HsdsContext.Invariant(block, "closes"));
            var timed = kind != HsdsCodes.ByAppointment && days is not null && opens is not null && closes is not null;
            var json = new JsonObject()
                .Put("id", HsdsIds.Derived(seed, "schedule", i))
                .Put(ownerField, owner);
            if (timed)
            {
                json.Put("freq", "WEEKLY").Put("wkst", "MO")
                    .Put("byday", days)
                    .Put("opens_at", opens).Put("closes_at", closes);
            }

            json.Put("description", kind is null ? null : context.Label(kind))
                .Put("notes", context.Text(block, "note"))
                .Put("timezone_name", "Europe/Ljubljana");
            yield return json;
        }
    }

    /// <summary>Slovenia has no states or provinces; HSDS requires the field, so it carries the country's name (see the profile).</summary>
    private static JsonObject? Address(HsdsPlace place)
    {
        var street = HsdsContext.Invariant(place.Element, "street");
        var postcode = HsdsContext.Invariant(place.Element, "postcode");
        var city = HsdsContext.Invariant(place.Element, "city");
        return street is null || postcode is null || city is null ? null : new JsonObject()
            .Put("id", HsdsIds.Derived(place.Id, "address"))
            .Put("location_id", place.Id)
            .Put("address_1", street)
            .Put("city", city)
            .Put("state_province", "Slovenija")
            .Put("postal_code", postcode)
            .Put("country", "SI")
            .Put("address_type", "physical");
    }
}
