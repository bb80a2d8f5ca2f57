using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Paging;
using NmZaMe.Web.Site.Services;

namespace NmZaMe.Web.Site.LifeChallenges;

/// <summary>A link that narrows the services to one kind of help (or back to all of them).</summary>
public sealed record TopicLink(string Label, int Count, bool Selected, string Url);

/// <summary>Services of one kind of help on this page; <see cref="Heading"/> is null when the catalogue has no kinds.</summary>
public sealed record ServiceGroup(string? Heading, List<ServiceCard> Cards);

/// <summary>
/// A life situation: its text, then its services grouped by kind of help (the service's <c>topic</c>, in the order
/// the data type lists them; services without one come last) and paged, so the page stays light at any catalogue size.
/// </summary>
public sealed class LifeChallengePage(SiteContext site) : SitePage(site)
{
    public const int PageSize = 20;

    public Localized? Summary { get; init; }

    public Localized? Body { get; init; }

    public required string PageUrl { get; init; }

    public required IReadOnlyList<Facet> Facets { get; init; }

    public required IReadOnlyList<TopicLink> Topics { get; init; }

    public string? SelectedTopic { get; init; }

    public required bool OpenNow { get; init; }

    public required int OpenNowCount { get; init; }

    public required bool Filtered { get; init; }

    public required int Total { get; init; }

    /// <summary>"Showing 21–40 of 57", only when there is more than one page.</summary>
    public string? Showing { get; init; }

    public required IReadOnlyList<ServiceGroup> Groups { get; init; }

    public Pager? Pager { get; init; }

    public static LifeChallengePage Build(SiteContext site, PublishedContent challenge, IQueryCollection query)
    {
        var all = site.OfType("service")
            .Where(s => (s.Value("lifeChallenges", string.Empty) as PickedItems)?.Keys.Contains(challenge.Key) == true)
            .Where(s => SiteContext.First(s, "status") != ServiceStatus.Inactive)
            .ToArray();
        var filter = ServiceFilter.Parse(query, all);
        var pageUrl = site.Url(challenge)!;
        var state = filter.State();
        var topics = TopicOrder(site);
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            rank.TryAdd(topic, rank.Count);
        }
        var comparer = StringComparer.Create(site.T.Culture, ignoreCase: true);
        var matching = filter.Apply(site, all)
            .Select(s => (Service: s, Topic: SiteContext.First(s, "topic")))
            .OrderBy(s => s.Topic is { } t && rank.TryGetValue(t, out var i) ? i : int.MaxValue)
            .ThenBy(s => site.Name(s.Service), comparer)
            .ToArray();

        var pageCount = Pager.Count(matching.Length, PageSize);
        var pageNumber = Math.Min(Pager.Parse(query["page"]), pageCount);
        string PageAddress(int page) => Url(pageUrl, state, "page", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var cards = matching.Skip((pageNumber - 1) * PageSize).Take(PageSize)
            .Select(s => ServiceCard.From(site, s.Service))
            .OfType<ServiceCard>()
            .ToArray();
        var B = BrowseTexts.For(site.Language);
        var grouped = new List<ServiceGroup>();
        foreach (var card in cards)
        {
            var heading = rank.Count == 0 ? null
                : card.Topic is { } t && rank.ContainsKey(t) ? Capitalise(B.Topic(t), site) : B.OtherServices;
            if (grouped.Count == 0 || grouped[^1].Heading != heading)
            {
                grouped.Add(new ServiceGroup(heading, []));
            }

            grouped[^1].Cards.Add(card);
        }

        var topicCounts = filter.TopicCounts(site, all);
        var selectedTopic = filter.Selected(ServiceFilter.TopicKey);
        var topicLinks = rank.Keys.Where(t => topicCounts.GetValueOrDefault(t) > 0 || t == selectedTopic)
            .Select(t => new TopicLink(Capitalise(B.Topic(t), site), topicCounts.GetValueOrDefault(t), t == selectedTopic, Url(pageUrl, state, ServiceFilter.TopicKey, t)))
            .ToArray();
        return new LifeChallengePage(site)
        {
            Title = site.Name(challenge),
            Description = site.Text(challenge, "summary"),
            Summary = site.LocalText(challenge, "summary"),
            Body = RichTextHeadings.Fit(site.RichText(challenge, "body"), 2),
            PageUrl = pageUrl,
            Facets = filter.Facets(site, all),
            Topics = topicLinks.Length > 1 || selectedTopic is not null
                ? [new TopicLink(B.AllTopics, filter.Apply(site, all, except: ServiceFilter.TopicKey).Count(), selectedTopic is null, Url(pageUrl, state, ServiceFilter.TopicKey, null)), .. topicLinks]
                : [],
            SelectedTopic = selectedTopic,
            OpenNow = filter.OpenNow,
            OpenNowCount = filter.OpenNowCount(site, all),
            Filtered = !filter.IsEmpty,
            Total = matching.Length,
            Showing = pageCount > 1
                ? B.Format(B.ShowingFormat, ((pageNumber - 1) * PageSize) + 1, Math.Min(pageNumber * PageSize, matching.Length), matching.Length)
                : null,
            Groups = grouped,
            Pager = Pager.Build(pageNumber, pageCount, PageAddress),
        };
    }

    /// <summary>The kinds of help in the order editors set in the data type; none when the schema has no topic property.</summary>
    private static IReadOnlyList<string> TopicOrder(SiteContext site)
    {
        var schema = site.Snapshot.Schema;
        return schema.GetContentType("service") is { } type && schema.Property(type, "topic") is { } property
            ? schema.DataTypeOf(property).ConfigItems()
            : [];
    }

    private static string Capitalise(string label, SiteContext site) =>
        label.Length == 0 ? label : char.ToUpper(label[0], site.T.Culture) + label[1..];

    /// <summary>This page with one filter set or removed; any change but paging starts again at page 1.</summary>
    private static string Url(string pageUrl, Dictionary<string, string?> state, string key, string? value)
    {
        var next = new Dictionary<string, string?>(state) { [key] = value };
        if (key != "page")
        {
            next.Remove("page");
        }

        return QueryHelpers.AddQueryString(pageUrl, next.Where(p => p.Value is not null));
    }
}
