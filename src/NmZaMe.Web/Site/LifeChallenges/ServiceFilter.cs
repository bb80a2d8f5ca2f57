using Microsoft.AspNetCore.Http;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Services;

namespace NmZaMe.Web.Site.LifeChallenges;

public sealed record FacetOption(string Value, string Label, int Count, bool Selected);

public sealed record Facet(string Key, string Label, IReadOnlyList<FacetOption> Options)
{
    public string? Selected => Options.FirstOrDefault(o => o.Selected)?.Value;
}

/// <summary>
/// The filters of a life-challenge page (target group, municipality, cost, open now) as plain GET parameters, so
/// they work without JavaScript. A value no service has is ignored rather than answered with an empty page.
/// </summary>
public sealed class ServiceFilter
{
    private static readonly (string Key, string Alias)[] Dimensions = [("group", "targetGroups"), ("municipality", "municipalities"), ("cost", "cost")];

    private readonly Dictionary<string, string> _selected = new(StringComparer.Ordinal);

    public bool OpenNow { get; private set; }

    public static ServiceFilter Parse(IQueryCollection query, IReadOnlyList<PublishedContent> services)
    {
        var filter = new ServiceFilter { OpenNow = query["open"] == "1" };
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

    public IEnumerable<PublishedContent> Apply(SiteContext site, IEnumerable<PublishedContent> services, string? except = null) =>
        services.Where(s =>
            Dimensions.All(d => d.Key == except || !_selected.TryGetValue(d.Key, out var v) || SiteContext.Strings(s, d.Alias).Contains(v))
            && (except == "open" || !OpenNow || site.IsOpenNow(s)));

    /// <summary>Each dimension's values with the number of services it would show, given the other filters.</summary>
    public IReadOnlyList<Facet> Facets(SiteContext site, IReadOnlyList<PublishedContent> services)
    {
        var labels = new Dictionary<string, string> { ["group"] = site.T.TargetGroup, ["municipality"] = site.T.Municipality, ["cost"] = site.T.Cost };
        var comparer = StringComparer.Create(site.T.Culture, ignoreCase: true);
        return Dimensions.Select(d =>
        {
            var others = Apply(site, services, except: d.Key).ToArray();
            var options = services.SelectMany(s => SiteContext.Strings(s, d.Alias)).Distinct()
                .Select(v => new FacetOption(v, site.Label(v), others.Count(s => SiteContext.Strings(s, d.Alias).Contains(v)), _selected.GetValueOrDefault(d.Key) == v))
                .OrderBy(o => o.Label, comparer)
                .ToArray();
            return new Facet(d.Key, labels[d.Key], options);
        }).Where(f => f.Options.Count > 1 || f.Selected is not null).ToArray();
    }

    public int OpenNowCount(SiteContext site, IReadOnlyList<PublishedContent> services) =>
        Apply(site, services, except: "open").Count(site.IsOpenNow);
}
