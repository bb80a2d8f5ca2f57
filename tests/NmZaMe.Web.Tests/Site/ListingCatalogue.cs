using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NmZaMe.Web.Site.Hours;

namespace NmZaMe.Web.Tests.Site;

/// <summary>
/// A catalogue far larger than the seed, written as uSync files for one application: 60 organisations (A–Ž) and
/// 300 services in the life challenge "Čebela", each kind of help in turn, some with their own phone, some only with
/// their provider's. Organisation 0 is open round the clock, organisation 1 only on a day that is neither today nor
/// tomorrow (so "closed" holds for as long as the test runs), the rest have no hours.
/// </summary>
public sealed class ListingCatalogue : IAsyncLifetime
{
    public const int Organisations = 60;
    public const int Services = 300;
    public const string Challenge = "/sl/zivljenjske-situacije/cebela/";

    private static readonly Guid OrganisationFolderKey = new("0f5c1a8e-7d2b-4c41-9e36-1b2a3c4d5e10");
    private static readonly string[] Letters = ["A", "B", "C", "Č", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "R", "S", "Š", "T", "U", "V", "Z", "Ž"];
    private static readonly string[] Days = ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"];

    private readonly TestUSync _usync = TestUSync.Catalogue();

    public CmsApplication App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Kinds of help in the data type's order, as the page groups them.</summary>
    public IReadOnlyList<string> Topics { get; private set; } = [];

    public static string OrganisationName(int i) => $"{Letters[i % Letters.Length]}{(char)('a' + (i / Letters.Length))} organizacija {i:000}";

    public static string ServiceName(int i) => $"Storitev {i:000}";

    public static string ServicePhone(int i) => $"07 400 {i / 100:00} {i % 100:00}";

    public static string OrganisationPhone(int i) => $"07 300 00 {i:00}";

    public async Task InitializeAsync()
    {
        Topics = ConfigItems(_usync.PathOf("DataTypes/ServiceTopic.config"));
        var contactType = Key(_usync.PathOf("ContentTypes/contactpoint.config"));
        var hoursType = Key(_usync.PathOf("ContentTypes/openinghours.config"));
        _usync.WriteContent(OrganisationFolderKey, TestUSync.RootKey, "Test za me", 2, "organisationFolder", 1, ("Organizacije", "Organisations"), []);

        var today = (int)NovoMestoClock.ToLocal(DateTime.UtcNow).DayOfWeek;
        var closedDay = Days[(today + 6 + 3) % 7];
        var organisations = new Guid[Organisations];
        for (var i = 0; i < Organisations; i++)
        {
            organisations[i] = Guid.NewGuid();
            var values = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["summary"] = TestUSync.Cultures($"Organizacija številka {i}.", $"Organisation number {i}."),
                ["organisationType"] = TestUSync.Invariant("[\"nevladna organizacija\"]"),
            };
            if (i % 2 == 0)
            {
                values["contacts"] = TestUSync.Invariant(Blocks(contactType, [[("Umbraco.TextBox", "phone", JsonValue.Create(OrganisationPhone(i))!)]]));
            }

            if (i is 0 or 1)
            {
                string[] days = i == 0 ? Days : [closedDay];
                values["openingHours"] = TestUSync.Invariant(Blocks(hoursType,
                [[
                    ("Umbraco.DropDown.Flexible", "kind", new JsonArray("poslovni čas")),
                    ("Umbraco.CheckBoxList", "days", new JsonArray(days.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray())),
                    ("Umbraco.TextBox", "opens", JsonValue.Create("00:00")!),
                    ("Umbraco.TextBox", "closes", JsonValue.Create("24:00")!),
                ]]));
            }

            _usync.WriteContent(organisations[i], OrganisationFolderKey, "Organizacije", 3, "organisation", i, (OrganisationName(i), OrganisationName(i)), values);
        }

        for (var i = 0; i < Services; i++)
        {
            var organisation = i % Organisations;
            var values = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["summary"] = TestUSync.Cultures($"Povzetek storitve {i}: kratek opis, kaj storitev ponuja in komu.", $"Summary of service {i}."),
                ["lifeChallenges"] = TestUSync.Invariant("umb://document/" + TestUSync.BeeKey.ToString("N")),
                ["cost"] = TestUSync.Invariant(i % 3 == 0 ? "[\"plačljivo\"]" : "[\"brezplačno\"]"),
                ["status"] = TestUSync.Invariant("[\"aktivna\"]"),
                ["targetGroups"] = TestUSync.Invariant(i % 2 == 0 ? "[\"starejši\", \"svojci\"]" : "[\"otroci\"]"),
            };
            // Every 7th service has no kind of help: it belongs under "Other services", last.
            if (i % 7 != 6)
            {
                values["topic"] = TestUSync.Invariant(JsonSerializer.Serialize(new[] { Topics[i % Topics.Count] }));
            }

            if (i % 3 == 1)
            {
                values["contacts"] = TestUSync.Invariant(Blocks(contactType, [[("Umbraco.TextBox", "phone", JsonValue.Create(ServicePhone(i))!)]]));
            }

            _usync.WriteContent(Guid.NewGuid(), organisations[organisation], OrganisationName(organisation), 4, "service", i / Organisations, (ServiceName(i), "Service " + i.ToString("000", CultureInfo.InvariantCulture)), values);
        }

        App = new CmsApplication(_usync.Folder);
        Client = await App.StartAsync();
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        _usync.Dispose();
        return Task.CompletedTask;
    }

    private static string Blocks(Guid elementType, IEnumerable<(string Editor, string Alias, JsonNode Value)[]> blocks)
    {
        var layout = new JsonArray();
        var data = new JsonArray();
        var expose = new JsonArray();
        foreach (var values in blocks)
        {
            var key = Guid.NewGuid().ToString();
            layout.Add(new JsonObject { ["contentKey"] = key, ["settingsKey"] = null });
            expose.Add(new JsonObject { ["contentKey"] = key, ["culture"] = null, ["segment"] = null });
            data.Add(new JsonObject
            {
                ["contentTypeKey"] = elementType.ToString(),
                ["udi"] = null,
                ["key"] = key,
                ["values"] = new JsonArray(values.Select(v => (JsonNode)new JsonObject
                {
                    ["editorAlias"] = v.Editor, ["culture"] = null, ["segment"] = null, ["alias"] = v.Alias, ["value"] = v.Value.DeepClone(),
                }).ToArray()),
            });
        }

        return new JsonObject
        {
            ["layout"] = new JsonObject { ["Umbraco.BlockList"] = layout },
            ["contentData"] = data,
            ["settingsData"] = new JsonArray(),
            ["expose"] = expose,
        }.ToJsonString();
    }

    private static Guid Key(string file) =>
        Guid.Parse(System.Xml.Linq.XDocument.Load(file).Root!.Attribute("Key")!.Value);

    private static string[] ConfigItems(string file) =>
        JsonNode.Parse(System.Xml.Linq.XDocument.Load(file).Root!.Element("Config")!.Value)!["items"]!.AsArray().Select(i => i!.GetValue<string>()).ToArray();
}
