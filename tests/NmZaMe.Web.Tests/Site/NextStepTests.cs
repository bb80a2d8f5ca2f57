using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NmZaMe.Web.Tests.Site;

/// <summary>Every service and organisation page of the seed, in both languages, offers a way to act right under its summary.</summary>
public sealed class NextStepTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    [Fact]
    public async Task Every_service_and_organisation_page_offers_a_way_to_act_under_its_summary()
    {
        var pages = seed.App.Snapshot.All
            .Where(c => c.ContentType.Alias is "service" or "organisation")
            .SelectMany(c => new[] { ("sl", "sl-SI"), ("en", "en-US") }
                .Where(l => c.IsPublishedIn(l.Item2) && seed.App.Snapshot.Route(c, l.Item2) is not null)
                .Select(l => (Content: c, Url: "/" + l.Item1 + seed.App.Snapshot.Route(c, l.Item2))))
            .ToArray();
        var failures = new List<string>();
        var sources = new Dictionary<string, int>();

        foreach (var (content, url) in pages)
        {
            using var response = await seed.Client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{url}: {(int)response.StatusCode}");
                continue;
            }

            var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            var step = document.QuerySelector("main section.next-step");
            if (step is null)
            {
                failures.Add($"{url}: no next-step box");
                continue;
            }

            var source = step.ClassList.First(c => c.StartsWith("next-step-", StringComparison.Ordinal));
            sources[source] = sources.GetValueOrDefault(source) + 1;
            var lead = document.QuerySelector("main .lead");
            if (lead?.NextElementSibling != step)
            {
                failures.Add($"{url}: the next-step box is not right under the summary");
            }

            // The office must be callable or writable; an entry's own box, or its provider's, may be a street to walk
            // into (Dolenjske lekarne publishes only its address), the same rule the engine applies to "checked".
            if (source == "next-step-office" && step.QuerySelectorAll("a[href^='tel:'], a[href^='mailto:']").Length == 0)
            {
                failures.Add($"{url}: {source} without a phone or e-mail link");
            }

            if (source != "next-step-office" && !HasOwnChannel(step))
            {
                failures.Add($"{url}: {source} without a phone, e-mail or address");
            }

            if (document.QuerySelector("main .rich-text") is { } body && body.CompareDocumentPosition(step).HasFlag(DocumentPositions.Following))
            {
                failures.Add($"{url}: long text comes before the next-step box");
            }

            if (document.QuerySelector("main p.verified") is not null && source != "next-step-own")
            {
                failures.Add($"{url}: shown as checked without contacts of its own ({source})");
            }
        }

        Assert.True(pages.Length >= 300, $"only {pages.Length} pages walked");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The walk met each kind of box, so none of the three is left untested by the seed.
        Assert.Contains("next-step-own", sources.Keys);
        Assert.Contains("next-step-provider", sources.Keys);
        Assert.Contains("next-step-office", sources.Keys);
    }

    private static bool HasOwnChannel(IElement step) =>
        step.QuerySelectorAll("a[href^='tel:'], a[href^='mailto:']").Length > 0 || step.QuerySelector(".address") is not null;
}
