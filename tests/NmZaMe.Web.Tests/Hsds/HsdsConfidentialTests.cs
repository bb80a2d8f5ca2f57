using System.Text.Json;

namespace NmZaMe.Web.Tests.Hsds;

/// <summary>
/// A safe house's place never leaves the site: an organisation marked confidentialLocation, with a street of its own
/// and a service with a located, timed place, shows neither through any HSDS endpoint, while the hours stay.
/// </summary>
public sealed class HsdsConfidentialTests
{
    private static readonly Guid OrganisationsFolder = new("d646dae0-b9b6-5e20-a844-b6c639d1b53c");
    private static readonly Guid Shelter = new("6b1f0c55-2a7e-4c1b-9d8e-0a5e3c7d9f11");
    private static readonly Guid ShelterService = new("6b1f0c55-2a7e-4c1b-9d8e-0a5e3c7d9f12");
    private static readonly Guid ShelterPlace = new("6b1f0c55-2a7e-4c1b-9d8e-0a5e3c7d9f13");

    [Fact]
    public async Task No_endpoint_gives_the_location_address_or_coordinates_of_a_confidential_organisation()
    {
        using var usync = TestUSync.Full();
        usync.WriteContent(Shelter, OrganisationsFolder, "Organizacije", 3, "organisation", 90, ("Skrito zatočišče", "Hidden shelter"), new()
        {
            ["summary"] = TestUSync.Cultures("Zatočišče na tajnem naslovu.", "A shelter at a secret address."),
            ["organisationType"] = TestUSync.Invariant("[\"nevladna organizacija\"]"),
            ["confidentialLocation"] = TestUSync.Invariant("1"),
            ["street"] = TestUSync.Invariant("Skrivna ulica 7"),
            ["postcode"] = TestUSync.Invariant("8000"),
            ["city"] = TestUSync.Invariant("Novo mesto"),
        });
        usync.WriteContent(ShelterService, Shelter, "Skrito zatočišče", 4, "service", 1, ("Nočna namestitev", "Night shelter"), new()
        {
            ["summary"] = TestUSync.Cultures("Namestitev za noč.", "A bed for the night."),
            ["lifeChallenges"] = TestUSync.Invariant("umb://document/6b525f022d5955fd94dd2a34cef63ad8"),
            ["cost"] = TestUSync.Invariant("[\"brezplačno\"]"),
            ["status"] = TestUSync.Invariant("[\"aktivna\"]"),
            ["locations"] = TestUSync.Invariant(Locations()),
        });
        using var app = new CmsApplication(usync.Folder);
        var client = await app.StartAsync();

        var texts = new List<string>();
        foreach (var url in new[]
                 {
                     $"/hsds/organizations/{Shelter}", $"/hsds/organizations/{Shelter}?full_service=true", $"/hsds/services/{ShelterService}",
                     $"/hsds/services/{ShelterService}?lang=en", $"/hsds/services?organization_id={Shelter}&full=true",
                     "/hsds/organizations?full_service=true&per_page=200", "/hsds/service_at_locations?full=true&per_page=200",
                 })
        {
            var text = await client.GetStringAsync(url);
            texts.Add(text);
            Assert.DoesNotContain("Skrivna ulica", text, StringComparison.Ordinal);
            Assert.DoesNotContain("45.8123", text, StringComparison.Ordinal);
            Assert.DoesNotContain(ShelterPlace.ToString(), text, StringComparison.Ordinal);
        }

        var organisation = JsonDocument.Parse(texts[0]).RootElement;
        Assert.False(organisation.TryGetProperty("locations", out _));
        var service = JsonDocument.Parse(texts[2]).RootElement;
        Assert.False(service.TryGetProperty("service_at_locations", out _));
        // The hours are not secret, the place is: they stay, on the service.
        Assert.Equal("MO,TU,WE,TH,FR", service.GetProperty("schedules")[0].GetProperty("byday").GetString());
        HsdsChecks.Valid(HsdsSchemas.Service, service, "confidential service");
        HsdsChecks.Valid(HsdsSchemas.Organization, organisation, "confidential organisation");

        var atLocations = JsonDocument.Parse(texts[6]).RootElement.GetProperty("contents");
        Assert.DoesNotContain(atLocations.EnumerateArray(), s => s.GetProperty("service_id").GetString() == ShelterService.ToString());
        using var location = await client.GetAsync($"/hsds/locations/{ShelterPlace}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, location.StatusCode);
    }

    private static string Locations() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["layout"] = new Dictionary<string, object> { ["Umbraco.BlockList"] = new[] { new Dictionary<string, object?> { ["contentKey"] = ShelterPlace, ["settingsKey"] = null } } },
        ["contentData"] = new[]
        {
            new Dictionary<string, object?>
            {
                ["contentTypeKey"] = "af590d1b-6715-58c4-af97-f479e101d0b4",
                ["udi"] = null,
                ["key"] = ShelterPlace,
                ["values"] = new object[]
                {
                    Value("Umbraco.TextBox", "street", "Skrivna ulica 7"),
                    Value("Umbraco.TextBox", "postcode", "8000"),
                    Value("Umbraco.TextBox", "city", "Novo mesto"),
                    Value("Umbraco.Decimal", "latitude", 45.8123m),
                    Value("Umbraco.Decimal", "longitude", 15.1687m),
                    Value("Umbraco.BlockList", "openingHours", Hours()),
                },
            },
        },
        ["settingsData"] = Array.Empty<object>(),
        ["expose"] = new[] { new Dictionary<string, object?> { ["contentKey"] = ShelterPlace, ["culture"] = null, ["segment"] = null } },
    });

    private static readonly Guid HoursBlock = new("6b1f0c55-2a7e-4c1b-9d8e-0a5e3c7d9f14");

    private static Dictionary<string, object> Hours() => new()
    {
        ["layout"] = new Dictionary<string, object> { ["Umbraco.BlockList"] = new[] { new Dictionary<string, object?> { ["contentKey"] = HoursBlock, ["settingsKey"] = null } } },
        ["contentData"] = new[]
        {
            new Dictionary<string, object?>
            {
                ["contentTypeKey"] = OpeningHoursType,
                ["udi"] = null,
                ["key"] = HoursBlock,
                ["values"] = new object[]
                {
                    Value("Umbraco.DropDown.Flexible", "kind", new[] { "uradne ure" }),
                    Value("Umbraco.CheckBoxList", "days", new[] { "ponedeljek", "torek", "sreda", "četrtek", "petek" }),
                    Value("Umbraco.TextBox", "opens", "08:00"),
                    Value("Umbraco.TextBox", "closes", "15:00"),
                },
            },
        },
        ["settingsData"] = Array.Empty<object>(),
        ["expose"] = new[] { new Dictionary<string, object?> { ["contentKey"] = HoursBlock, ["culture"] = null, ["segment"] = null } },
    };

    private const string OpeningHoursType = "feef1840-bc90-5267-b45e-1a8aab4d456c";

    private static Dictionary<string, object?> Value(string editor, string alias, object value) =>
        new() { ["editorAlias"] = editor, ["culture"] = null, ["segment"] = null, ["alias"] = alias, ["value"] = value };
}
