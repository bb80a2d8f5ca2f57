using System.Text.Json;
using System.Xml.Linq;

namespace NmZaMe.Benchmarks.Generate;

/// <summary>
/// The pieces of the real schema that generated values must agree with: the items of list data types and the keys
/// of element types. Read from the uSync files rather than hard-coded, so the generator follows schema edits.
/// </summary>
public sealed record ConfiguredSchema(
    IReadOnlyList<string> Costs,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<string> RootMunicipality,
    IReadOnlyList<string> Statuses,
    IReadOnlyList<string> OrganisationTypes,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Days,
    IReadOnlyList<string> OpeningHoursKinds,
    IReadOnlyList<string> Topics,
    Guid ContactPointKey,
    Guid OpeningHoursKey)
{
    public static ConfiguredSchema Read(string v17)
    {
        return new ConfiguredSchema(
            Items(v17, "Cost"),
            Items(v17, "TargetGroups"),
            Items(v17, "Municipalities"),
            Items(v17, "Municipality"),
            Items(v17, "ServiceStatus"),
            Items(v17, "OrganisationType"),
            Items(v17, "ServiceLanguages"),
            Items(v17, "Days"),
            Items(v17, "OpeningHoursKind"),
            File.Exists(Path.Combine(v17, "DataTypes", "ServiceTopic.config")) ? Items(v17, "ServiceTopic") : [],
            ElementKey(v17, "contactpoint"),
            ElementKey(v17, "openinghours"));
    }

    private static IReadOnlyList<string> Items(string v17, string dataType)
    {
        var config = XDocument.Load(Path.Combine(v17, "DataTypes", dataType + ".config")).Root?.Element("Config")?.Value
            ?? throw new InvalidOperationException($"DataTypes/{dataType}.config has no <Config>.");
        using var json = JsonDocument.Parse(config);
        var items = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetString()!).ToArray();
        return items.Length > 0 ? items : throw new InvalidOperationException($"DataTypes/{dataType}.config has no items.");
    }

    private static Guid ElementKey(string v17, string contentType) =>
        Guid.Parse((string?)XDocument.Load(Path.Combine(v17, "ContentTypes", contentType + ".config")).Root?.Attribute("Key")
            ?? throw new InvalidOperationException($"ContentTypes/{contentType}.config has no Key."));
}
