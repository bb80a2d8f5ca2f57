using System.Net;
using System.Text.Json;

namespace NmZaMe.Web.Tests;

public sealed class DeliveryApiSmokeTests
{
    [Fact]
    public async Task Seed_catalogue_is_served_from_the_delivery_api()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();

        var response = await client.GetAsync("/umbraco/delivery/api/v2/content?fetch=children:/&take=20");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("total").GetInt64() >= 4);
    }
}
