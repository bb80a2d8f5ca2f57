using System.Text.Json.Nodes;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

/// <summary>Opening hours as the schema validates them: 24:00 closes at the end of the day, nothing later does.</summary>
public class OpeningHoursValidationTests
{
    private static readonly Schema.DataType Hours = TestSchema.DataType("Block list - opening hours");

    private static string Block(string opens, string closes) => new JsonObject
    {
        ["contentData"] = new JsonArray(new JsonObject
        {
            ["contentTypeKey"] = "feef1840-bc90-5267-b45e-1a8aab4d456c",
            ["key"] = Guid.NewGuid().ToString(),
            ["values"] = new JsonArray(
                new JsonObject { ["alias"] = "kind", ["value"] = new JsonArray("poslovni čas") },
                new JsonObject { ["alias"] = "days", ["value"] = new JsonArray("ponedeljek", "nedelja") },
                new JsonObject { ["alias"] = "opens", ["value"] = opens },
                new JsonObject { ["alias"] = "closes", ["value"] = closes }),
        }),
    }.ToJsonString();

    [Theory]
    [InlineData("00:00", "24:00")]
    [InlineData("19:00", "24:00")]
    [InlineData("08:00", "23:59")]
    public void Closing_time_up_to_the_end_of_the_day_is_accepted(string opens, string closes) =>
        Assert.True(new BlockListEditor().Normalise(Block(opens, closes), Hours).IsValid);

    [Theory]
    [InlineData("00:00", "24:30")]
    [InlineData("24:00", "08:00")]
    public void A_time_after_midnight_or_opening_at_24_is_refused(string opens, string closes) =>
        new BlockListEditor().Normalise(Block(opens, closes), Hours).AssertError("schema.message(Vnesite čas v obliki HH:MM");
}
