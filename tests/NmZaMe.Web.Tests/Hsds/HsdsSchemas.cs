extern alias JsonSchemaNet;

using System.Text.Json;
using JsonSchemaNet::Json.Schema;

namespace NmZaMe.Web.Tests.Hsds;

/// <summary>
/// The HSDS 3.0 JSON Schemas (draft 2020-12) copied into schema/, built once with format validation on, so that
/// uuid, date-time, uri and email are checked too. The full response shapes (an organisation with its services, a
/// service at a location with its location and service) are composed from the object schemas, as the compiled
/// upstream files are.
/// </summary>
public static class HsdsSchemas
{
    private static readonly Uri Base = new("https://hsds.test/schema/");

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static readonly Lazy<Dictionary<string, JsonSchema>> All = new(Load);

    public const string Service = "service.json";
    public const string ServiceList = "compiled/service_list.json";
    public const string Organization = "organization-with-services";
    public const string OrganizationList = "compiled/organization_list.json";
    public const string ServiceAtLocation = "service-at-location-full";
    public const string ServiceAtLocationList = "compiled/service_at_location_list.json";
    public const string Location = "location.json";
    public const string Taxonomy = "taxonomy.json";
    public const string TaxonomyTerm = "taxonomy_term.json";

    /// <summary>The schema errors of <paramref name="instance"/> (empty when valid), each with where it is.</summary>
    public static IReadOnlyList<string> Errors(string schema, JsonElement instance)
    {
        var result = All.Value[schema].Evaluate(instance, Options);
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [result])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid")
            .ToArray();
    }

    private static Dictionary<string, JsonSchema> Load()
    {
        var folder = Path.Combine(CmsApplication.RepositoryRoot, "tests", "NmZaMe.Web.Tests", "Hsds", "schema");
        // The files carry no $schema; HSDS says draft 2020-12, which (unlike the library's default dialect) allows the
        // annotation keywords the files use for the tabular format (name, core, constraints…).
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };
        var pending = Directory.GetFiles(folder, "*.json").Select(f => Path.GetFileName(f)!)
            .Concat(Directory.GetFiles(Path.Combine(folder, "compiled"), "*.json").Select(f => "compiled/" + Path.GetFileName(f)))
            .ToList();
        var built = new Dictionary<string, JsonSchema>();
        var failures = new Dictionary<string, string>();
        // The files refer to each other by relative $ref and a ref must resolve when its schema is built: build those
        // whose references are in place first, until all are.
        while (pending.Count > 0)
        {
            var progress = false;
            foreach (var name in pending.ToArray())
            {
                try
                {
                    built[name] = JsonSchema.FromText(File.ReadAllText(Path.Combine(folder, name)), options, new Uri(Base, name));
                    pending.Remove(name);
                    progress = true;
                }
                catch (Exception e)
                {
                    // A reference not built yet; tried again in the next round.
                    failures[name] = e.Message;
                }
            }

            if (!progress)
            {
                throw new InvalidOperationException("HSDS schemas that do not build: " + string.Join("; ", pending.Select(p => p + ": " + failures.GetValueOrDefault(p))));
            }
        }

        built[Organization] = JsonSchema.FromText(
            """{ "$ref": "organization.json", "properties": { "services": { "type": "array", "items": { "$ref": "service.json" } } } }""",
            options, new Uri(Base, "organization-with-services.json"));
        built[ServiceAtLocation] = JsonSchema.FromText(
            """{ "$ref": "service_at_location.json", "properties": { "location": { "$ref": "location.json" }, "service": { "$ref": "service.json" } } }""",
            options, new Uri(Base, "service-at-location-full.json"));
        return built;
    }
}
