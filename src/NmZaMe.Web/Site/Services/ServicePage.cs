using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.NextSteps;
using NmZaMe.Web.Site.Seo;

namespace NmZaMe.Web.Site.Services;

public sealed class ServicePage(SiteContext site) : SitePage(site)
{
    public required ServiceDetails Service { get; init; }

    /// <summary>The way to act, shown under the summary; null only when not even the office is configured.</summary>
    public NextStep? NextStep { get; init; }

    public Checked? Checked { get; init; }

    /// <summary>"Predlagaj popravek": the short form about this service, which reaches its organisation's editors.</summary>
    public required string CorrectionUrl { get; init; }

    public static ServicePage Build(SiteContext site, PublishedContent service)
    {
        var details = ServiceDetails.From(site, service);
        return new ServicePage(site)
        {
            Title = details.Name,
            Description = details.Summary?.Value,
            Service = details,
            NextStep = NextStep.For(site, service),
            Checked = Checked.For(site, service),
            OgType = "article",
            JsonLd = StructuredData.Service(site, service, details),
            CorrectionUrl = Corrections.CorrectionPaths.For(site.Language, service.Key),
        };
    }
}
