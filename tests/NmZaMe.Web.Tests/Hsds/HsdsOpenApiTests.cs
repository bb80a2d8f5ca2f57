using System.Text.Json;

namespace NmZaMe.Web.Tests.Hsds;

/// <summary>Our /hsds/openapi.json against HSDS 3.0's own: every path of the standard, and every standard parameter served or refused on purpose.</summary>
public sealed class HsdsOpenApiTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    /// <summary>Standard parameters answered with 400 (docs/hsds-profile.md): serving them unfiltered would mislead.</summary>
    private static readonly string[] Refused = ["minimal", "postcode", "proximity"];

    [Fact]
    public async Task Every_path_and_parameter_of_the_standard_is_served_or_refused_on_purpose()
    {
        using var upstream = JsonDocument.Parse(File.ReadAllText(Path.Combine(CmsApplication.RepositoryRoot, "tests", "NmZaMe.Web.Tests", "Hsds", "schema", "openapi.json")));
        var ours = await seed.GetJsonAsync("/hsds/openapi.json");
        var standard = upstream.RootElement;
        foreach (var path in standard.GetProperty("paths").EnumerateObject())
        {
            Assert.True(ours.GetProperty("paths").TryGetProperty(path.Name, out var item), $"{path.Name} is not served");
            var served = item.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet();
            foreach (var parameter in path.Value.GetProperty("get").TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : default)
            {
                var name = parameter.TryGetProperty("$ref", out var reference)
                    ? standard.GetProperty("components").GetProperty("parameters").GetProperty(reference.GetString()!.Split('/')[^1]).GetProperty("name").GetString()
                    : parameter.GetProperty("name").GetString();
                Assert.True(served.Contains(name) || Refused.Contains(name), $"{path.Name}: {name} is neither served nor refused");
            }
        }

        foreach (var refused in Refused)
        {
            using var response = await seed.Client.GetAsync($"/hsds/service_at_locations?{refused}=1");
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        }
    }
}
