using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.PublishedCache;
using Xunit.Abstractions;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// The review's biggest task (back-office review §2), counted the review's way with <see cref="TaskEffort"/>: an
/// organisation and two services, every field the review filled (contact, link, opening hours, two life challenges, a
/// location with its opening hours, tags), in Slovenian, then English in the split view, and published in both. The
/// logo upload (a task of its own in the review) is left out. Prints the counts; asserts only that it all got published.
/// </summary>
public sealed class OrganisationTaskBrowserTests(Browser browser, ITestOutputHelper output) : IClassFixture<Browser>
{
    private PublishedSnapshot Snapshot => browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current;

    [Fact]
    public async Task An_organisation_with_two_services_in_both_languages_counted_as_the_review_did()
    {
        await using var context = await browser.NewContextAsync();
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        var effort = new TaskEffort(page);
        var lines = new List<string>();

        // Organisation in Slovenian: from the dashboard through the tree to a new organisation.
        await effort.FollowAsync(page.Locator("header nav a[href='/umbraco/content']"), "/umbraco/content");
        await effort.FollowAsync(page.Locator("#children a").First, "/umbraco/content/");
        await effort.FollowAsync(page.Locator("#children a", new() { HasText = "Organizacije" }).First, "/umbraco/content/");
        await effort.FollowAsync(page.Locator("#create-link"), "/create");
        if (!page.Url.Contains("type=", StringComparison.Ordinal))
        {
            await effort.FollowAsync(page.Locator("#allowed-types a", new() { HasText = "Organizacija" }).First, "type=");
        }

        await effort.FillAsync("#fld-name", "Društvo Sopotnik");
        await effort.FillAsync("#fld-f-summary", "Prostovoljci spremljajo starejše k zdravniku in po opravkih.");
        await effort.TypeRichTextAsync("#fld-f-description-field", "Društvo povezuje prostovoljce in starejše v Novem mestu.");
        await effort.SelectAsync("#fld-f-organisationType", 1);
        await effort.FillAsync("#fld-f-registrationNumber", "4012345000");
        await effort.FillAsync("#fld-f-street", "Glavni trg 7");
        await effort.FillAsync("#fld-f-postcode", "8000");
        await effort.FillAsync("#fld-f-city", "Novo mesto");
        await AddContactAsync(effort, page, "#fld-f-contacts", "Pisarna društva");
        await effort.ClickAsync(page.Locator("#fld-f-website-field button[value^='addlink|']"));
        await page.Locator("#fld-f-website-0-url").WaitForAsync();
        await effort.FillAsync("#fld-f-website-0-name", "Spletna stran društva");
        await effort.FillAsync("#fld-f-website-0-url", "https://sopotnik.example");
        await effort.FillAsync("#fld-f-email", "info@sopotnik.example");
        await AddOpeningHoursAsync(effort, page, "#fld-f-openingHours");
        await effort.TickAsync("#fld-f-municipalities-0");
        await SaveAsync(effort, page, "#save");
        var organisationKey = KeyOf(page.Url);
        lines.Add(effort.Mark("Organisation, all fields, sl-SI, save"));

        // English in the split view, then publish both.
        await effort.FollowAsync(page.Locator("#open-split"), "/split");
        await effort.FillAsync("#fld-othername", "Sopotnik Society");
        await effort.FillAsync("#fld-x-summary", "Volunteers accompany older people to the doctor and on errands.");
        await effort.TypeRichTextAsync("#fld-x-description-field", "The society brings volunteers and older people together in Novo mesto.");
        await effort.FillAsync("#fld-x-contacts-0-label", "Society office");
        await PublishBothAsync(effort, page);
        lines.Add(effort.Mark("Organisation: en-US texts + publish both (split view)"));

        // Two services under it.
        await NewServiceAsync(effort, page, organisationKey);
        await effort.FillAsync("#fld-name", "Spremstvo k zdravniku");
        await effort.FillAsync("#fld-f-summary", "Prostovoljec vas pospremi k zdravniku in nazaj domov.");
        await effort.TypeRichTextAsync("#fld-f-description-field", "Spremstvo je brezplačno in ga naročite tri dni prej.");
        await PickAsync(effort, page, "nasil", "Nasilje");
        await PickAsync(effort, page, "star", "Starost in oskrba");
        await effort.TickAsync("#fld-f-targetGroups-0");
        await effort.TickAsync("#fld-f-targetGroups-1");
        await effort.SelectAsync("#fld-f-cost", 1);
        await effort.FillAsync("#fld-f-eligibility", "Starejši od 65 let, ki živijo sami.");
        await effort.TypeRichTextAsync("#fld-f-howToApply-field", "Pokličite pisarno društva vsaj tri dni prej.");
        await effort.TickAsync("#fld-f-languages-0");
        await effort.SelectAsync("#fld-f-status", 1);
        await AddContactAsync(effort, page, "#fld-f-contacts", "Naročanje spremstva");
        await effort.ClickAsync("#fld-f-locations-addbtn");
        await page.Locator("#fld-f-locations-0-name").WaitForAsync();
        await effort.FillAsync("#fld-f-locations-0-name", "Pisarna društva");
        await effort.FillAsync("#fld-f-locations-0-street", "Glavni trg 7");
        await effort.FillAsync("#fld-f-locations-0-postcode", "8000");
        await effort.FillAsync("#fld-f-locations-0-city", "Novo mesto");
        await AddOpeningHoursAsync(effort, page, "#fld-f-locations-0-openingHours");
        await effort.FillAsync("#fld-f-keywords", "spremstvo, prevoz, starejši");
        await effort.TickAsync("#fld-f-municipalities-0");
        await SaveAsync(effort, page, "#save");
        var first = KeyOf(page.Url);
        await effort.FollowAsync(page.Locator("#open-split"), "/split");
        await effort.FillAsync("#fld-othername", "Escort to the doctor");
        await effort.FillAsync("#fld-x-summary", "A volunteer takes you to the doctor and back home.");
        await effort.TypeRichTextAsync("#fld-x-description-field", "The escort is free; book it three days ahead.");
        await effort.FillAsync("#fld-x-eligibility", "People over 65 who live alone.");
        await effort.TypeRichTextAsync("#fld-x-howToApply-field", "Call the society's office at least three days ahead.");
        await effort.FillAsync("#fld-x-contacts-0-label", "Booking an escort");
        await PublishBothAsync(effort, page);
        lines.Add(effort.Mark("Service 1, all fields, both cultures, publish"));

        await NewServiceAsync(effort, page, organisationKey);
        await effort.FillAsync("#fld-name", "Pomoč pri nakupih");
        await effort.FillAsync("#fld-f-summary", "Prostovoljec vam prinese nakup iz trgovine.");
        await effort.TypeRichTextAsync("#fld-f-description-field", "Nakup naročite do srede, prinesemo ga v petek.");
        await PickAsync(effort, page, "star", "Starost in oskrba");
        await effort.TickAsync("#fld-f-targetGroups-0");
        await effort.SelectAsync("#fld-f-cost", 1);
        await effort.SelectAsync("#fld-f-status", 1);
        await AddContactAsync(effort, page, "#fld-f-contacts", "Naročanje nakupov");
        await effort.TickAsync("#fld-f-municipalities-0");
        await SaveAsync(effort, page, "#save");
        var second = KeyOf(page.Url);
        await effort.FollowAsync(page.Locator("#open-split"), "/split");
        await effort.FillAsync("#fld-othername", "Help with shopping");
        await effort.FillAsync("#fld-x-summary", "A volunteer brings your shopping from the shop.");
        await effort.TypeRichTextAsync("#fld-x-description-field", "Order by Wednesday and we bring it on Friday.");
        await effort.FillAsync("#fld-x-contacts-0-label", "Ordering shopping");
        await PublishBothAsync(effort, page);
        lines.Add(effort.Mark("Service 2, all fields, both cultures, publish"));

        foreach (var key in new[] { organisationKey, first, second })
        {
            var live = Snapshot.Get(key);
            Assert.True(live?.Name("sl-SI") is not null && live.Name("en-US") is not null, $"{key} is not published in both cultures.");
        }

        lines.Add("Total: " + effort);
        lines.Add("The review (§2, culture switch, no split view): 62 clicks, 80 fields, 27 round trips, ~11 min.");
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }
    }

    private static Guid KeyOf(string url) => Guid.Parse(url.Split("/umbraco/content/")[1][..36]);

    private static async Task AddContactAsync(TaskEffort effort, IPage page, string field, string label)
    {
        var count = await page.Locator($"{field}-field li.block").CountAsync();
        await effort.ClickAsync($"{field}-addbtn");
        var block = $"{field}-{count}";
        await page.Locator($"{block}-label").WaitForAsync();
        await effort.FillAsync($"{block}-label", label);
        await effort.FillAsync($"{block}-phone", "07 332 11 22");
        await effort.FillAsync($"{block}-email", "pisarna@sopotnik.example");
    }

    private static async Task AddOpeningHoursAsync(TaskEffort effort, IPage page, string field)
    {
        await effort.ClickAsync($"{field}-addbtn");
        await page.Locator($"{field}-0-opens").WaitForAsync();
        await effort.SelectAsync($"{field}-0-kind", 1);
        for (var day = 0; day < 5; day++)
        {
            await effort.TickAsync($"{field}-0-days-{day}");
        }

        // Typed as people type it (review B16: "8:00" was refused); the task publishes only if it is taken.
        await effort.FillAsync($"{field}-0-opens", "8:00");
        await effort.FillAsync($"{field}-0-closes", "15:00");
    }

    private static async Task PickAsync(TaskEffort effort, IPage page, string query, string name)
    {
        await effort.FillAsync("#fld-f-lifeChallenges-q", query);
        var pick = page.GetByRole(AriaRole.Button, new() { Name = $"Izberi: {name}" });
        await effort.ClickAsync(pick);
        await Assertions.Expect(page.Locator("#fld-f-lifeChallenges")).ToContainTextAsync(name);
    }

    private static async Task SaveAsync(TaskEffort effort, IPage page, string button)
    {
        await effort.FollowAsync(page.Locator(button), "/edit?culture=");
        await Assertions.Expect(page.Locator("#message")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#error-summary").CountAsync());
    }

    private static async Task PublishBothAsync(TaskEffort effort, IPage page)
    {
        await Assertions.Expect(page.Locator("#publish-sl-SI")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#publish-en-US")).ToBeCheckedAsync();
        await effort.ClickAsync("#publish");
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Shranjeno in objavljeno.");
        Assert.Equal(0, await page.Locator("#error-summary").CountAsync());
    }

    /// <summary>From the split view to a new service under the organisation: the editor, the item page (and up to the organisation), create.</summary>
    private static async Task NewServiceAsync(TaskEffort effort, IPage page, Guid organisation)
    {
        await effort.FollowAsync(page.Locator("#close-split"), "/edit");
        var current = KeyOf(page.Url);
        await effort.FollowAsync(page.Locator($".breadcrumbs a[href='/umbraco/content/{current}']"), $"/umbraco/content/{current}");
        if (current != organisation)
        {
            await effort.FollowAsync(page.Locator($".breadcrumbs a[href='/umbraco/content/{organisation}']"), $"/umbraco/content/{organisation}");
        }

        await effort.FollowAsync(page.Locator("#create-link"), "/create");
        if (!page.Url.Contains("type=", StringComparison.Ordinal))
        {
            await effort.FollowAsync(page.Locator("#allowed-types a", new() { HasText = "Storitev" }).First, "type=service");
        }

        await page.Locator("#fld-name").WaitForAsync();
    }
}
