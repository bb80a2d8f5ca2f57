using Microsoft.AspNetCore.Http;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Site.LifeChallenges;

public sealed record FacetOption(string Value, string Label, int Count, bool Selected);

public sealed record Facet(string Key, string Label, IReadOnlyList<FacetOption> Options)
{
    public string? Selected => Options.FirstOrDefault(o => o.Selected)?.Value;
}

/// <summary>
/// The filters of a life-challenge page (kind of help, target group, municipality, cost, open now) as plain GET
/// parameters, so they work without JavaScript. A value no service has is ignored rather than answered with an empty page.
/// </summary>
public sealed class ServiceFilter
{
    public const string TopicKey = "topic";
    public const string OpenKey = "open";

    private static readonly (string Key, string Alias)[] Dimensions =
        [("group", "targetGroups"), ("municipality", "municipalities"), ("cost", "cost"), (TopicKey, "topic")];

    private readonly Dictionary<string, string> _selected = new(StringComparer.Ordinal);

    public bool OpenNow { get; private set; }

    public static ServiceFilter Parse(IQueryCollection query, IReadOnlyList<PublishedContent> services)
    {
        var filter = new ServiceFilter { OpenNow = query[OpenKey] == "1" };
        foreach (var (key, alias) in Dimensions)
        {
            if (query[key].FirstOrDefault() is { Length: > 0 and <= 100 } value && services.Any(s => SiteContext.Strings(s, alias).Contains(value)))
            {
                filter._selected[key] = value;
            }
        }

        return filter;
    }

    public bool IsEmpty => _selected.Count == 0 && !OpenNow;

    public string? Selected(string key) => _selected.GetValueOrDefault(key);

    /// <summary>The filters as query parameters, for links that keep them (paging, kinds of help).</summary>
    public Dictionary<string, string?> State()
    {
        var state = Dimensions.ToDictionary(d => d.Key, d => (string?)_selected.GetValueOrDefault(d.Key));
        state[OpenKey] = OpenNow ? "1" : null;
        return state;
    }

    public IEnumerable<PublishedContent> Apply(SiteContext site, IEnumerable<PublishedContent> services, string? except = null) =>
        services.Where(s =>
            Dimensions.All(d => d.Key == except || !_selected.TryGetValue(d.Key, out var v) || SiteContext.Strings(s, d.Alias).Contains(v))
            && (except == OpenKey || !OpenNow || site.IsOpenNow(s)));

    /// <summary>Each dimension's values with the number of services it would show, given the other filters.</summary>
    public IReadOnlyList<Facet> Facets(SiteContext site, IReadOnlyList<PublishedContent> services)
    {
        var labels = new Dictionary<string, string> { ["group"] = site.T.TargetGroup, ["municipality"] = site.T.Municipality, ["cost"] = site.T.Cost };
        var comparer = StringComparer.Create(site.T.Culture, ignoreCase: true);
        return Dimensions.Where(d => labels.ContainsKey(d.Key)).Select(d =>
        {
            var counts = Count(Apply(site, services, except: d.Key), d.Alias);
            var options = services.SelectMany(s => SiteContext.Strings(s, d.Alias)).Distinct()
                .Select(v => new FacetOption(v, site.Label(v), counts.GetValueOrDefault(v), _selected.GetValueOrDefault(d.Key) == v))
                .OrderBy(o => o.Label, comparer)
                .ToArray();
            return new Facet(d.Key, labels[d.Key], options);
        }).Where(f => f.Options.Count > 1 || f.Selected is not null).ToArray();
    }

    /// <summary>How many services of each kind of help the other filters leave.</summary>
    public Dictionary<string, int> TopicCounts(SiteContext site, IReadOnlyList<PublishedContent> services) =>
        Count(Apply(site, services, except: TopicKey), "topic");

    public int OpenNowCount(SiteContext site, IReadOnlyList<PublishedContent> services) =>
        Apply(site, services, except: OpenKey).Count(site.IsOpenNow);

    private static Dictionary<string, int> Count(IEnumerable<PublishedContent> services, string alias)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            foreach (var value in SiteContext.Strings(service, alias))
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }

        return counts;
    }
}
