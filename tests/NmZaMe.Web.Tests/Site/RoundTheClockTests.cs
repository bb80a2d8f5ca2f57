using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Hours;

namespace NmZaMe.Web.Tests.Site;

/// <summary>A line open day and night counts as open at any hour; and the quick exit's destination is a setting.</summary>
public sealed class RoundTheClockTests
{
    private static readonly string[] Week = ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"];

    [Theory]
    [InlineData("24:00")]
    [InlineData("23:59")]
    [InlineData("24.00")]
    public void Seven_days_from_00_00_to_midnight_is_round_the_clock_and_open_at_every_minute(string closes)
    {
        var hours = new OpeningHours("poslovni čas", Week, TimeOnly.MinValue, closes is "23:59" ? new TimeOnly(23, 59) : TimeOnly.MaxValue, null);

        Assert.True(hours.IsRoundTheClock);
        for (var at = new DateTime(2026, 12, 7, 0, 0, 0); at < new DateTime(2026, 12, 14); at = at.AddMinutes(17))
        {
            Assert.True(hours.IsOpenAt(at), $"closed at {at:ddd HH:mm}");
        }

        Assert.True(hours.IsOpenAt(new DateTime(2026, 12, 6, 23, 59, 59)));
    }

    [Fact]
    public void Office_hours_or_six_days_are_not_round_the_clock()
    {
        Assert.False(new OpeningHours("uradne ure", Week[..6], TimeOnly.MinValue, TimeOnly.MaxValue, null).IsRoundTheClock);
        Assert.False(new OpeningHours("uradne ure", Week, new TimeOnly(8, 0), new TimeOnly(15, 0), null).IsRoundTheClock);
        Assert.False(new OpeningHours(OpeningHours.ByAppointment, Week, TimeOnly.MinValue, TimeOnly.MaxValue, null).IsRoundTheClock);
        Assert.False(new OpeningHours("uradne ure", Week, new TimeOnly(8, 0), new TimeOnly(15, 0), null).IsOpenAt(new DateTime(2026, 12, 7, 15, 0, 0)));
    }

    [Fact]
    public async Task A_24_7_line_is_never_hidden_by_open_now_and_reads_as_such_and_the_exit_goes_where_configured()
    {
        using var app = new CmsApplication(settings: new Dictionary<string, string?> { ["NmZaMe:Site:QuickExitUrl"] = "https://www.arso.gov.si/vreme/" });
        var client = await app.StartAsync();
        var snapshot = app.Snapshot;
        var provider = snapshot.All.First(c => c.ContentType.Alias == "organisation" && c.Name("sl-SI") == "Pisarna lokalne blaginje").Key;
        var violence = snapshot.All.First(c => c.ContentType.Alias == "lifeChallenge" && c.Name("sl-SI") == "Nasilje").Key;
        var key = Guid.NewGuid();
        var hoursType = snapshot.Schema.GetContentType("openingHours")!.Key;
        var locationType = snapshot.Schema.GetContentType("serviceLocation")!.Key;
        var hours = Block(hoursType, """
            {"editorAlias": "Umbraco.DropDown.Flexible", "culture": null, "segment": null, "alias": "kind", "value": ["poslovni čas"]},
            {"editorAlias": "Umbraco.CheckBoxList", "culture": null, "segment": null, "alias": "days", "value": ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"]},
            {"editorAlias": "Umbraco.TextBox", "culture": null, "segment": null, "alias": "opens", "value": "00:00"},
            {"editorAlias": "Umbraco.TextBox", "culture": null, "segment": null, "alias": "closes", "value": "24:00"}
            """);
        var location = Block(locationType, $$"""
            {"editorAlias": "Umbraco.TextBox", "culture": null, "segment": null, "alias": "name", "value": "Dežurna linija"},
            {"editorAlias": "Umbraco.BlockList", "culture": null, "segment": null, "alias": "openingHours", "value": {{hours}}}
            """);
        await using (var db = app.CreateDbContext())
        {
            var saved = await new SaveContent(db, snapshot.Schema).ExecuteAsync(new SaveContentCommand(key, provider, "service",
                new Dictionary<string, string> { ["sl-SI"] = "Dežurna linija noč in dan" },
                new Dictionary<string, IReadOnlyDictionary<string, string?>>
                {
                    ["summary"] = new Dictionary<string, string?> { ["sl-SI"] = "Vedno dosegljivi." },
                    ["lifeChallenges"] = new Dictionary<string, string?> { [""] = Udi.Document(violence) },
                    ["cost"] = new Dictionary<string, string?> { [""] = "[\"brezplačno\"]" },
                    ["status"] = new Dictionary<string, string?> { [""] = "[\"aktivna\"]" },
                    ["locations"] = new Dictionary<string, string?> { [""] = location },
                }));
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Key + ": " + e.Value)));
            Assert.True((await new PublishContent(db, snapshot.Schema, app.Services.GetRequiredService<ContentCommit>()).ExecuteAsync(key, ["sl-SI"])).Succeeded);
        }

        var open = WebUtility.HtmlDecode(await client.GetStringAsync("/sl/zivljenjske-situacije/nasilje/?open=1"));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/sl" + app.Snapshot.Route(app.Snapshot.Get(key)!, "sl-SI")));

        Assert.Contains("Dežurna linija noč in dan", open, StringComparison.Ordinal);
        Assert.Contains("24 ur na dan, vse dni", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"quick-exit-button\" href=\"https://www.arso.gov.si/vreme/\"", page, StringComparison.Ordinal);
    }

    /// <summary>A block list of one block in Umbraco's stored format.</summary>
    private static string Block(Guid elementType, string values)
    {
        var key = Guid.NewGuid();
        return $$"""{"layout": {"Umbraco.BlockList": [{"contentKey": "{{key}}", "settingsKey": null}]}, "contentData": [{"contentTypeKey": "{{elementType}}", "udi": null, "key": "{{key}}", "values": [{{values}}]}], "settingsData": [], "expose": [{"contentKey": "{{key}}", "culture": null, "segment": null}]}""";
    }
}
