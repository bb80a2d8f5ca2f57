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

    /// <summary>A mailto: link to the office, with the service named, so a citizen can report an error in one tap.</summary>
    public string? CorrectionMailto { get; init; }

    public static ServicePage Build(SiteContext site, PublishedContent service)
    {
        var details = ServiceDetails.From(site, service);
        var officeEmail = site.Office is { } office
            ? ContactPoint.EmailOf(office) ?? ContactPoint.From(site, office).Select(c => c.Email).FirstOrDefault(e => e is not null)
            : null;
        var subject = site.T.Format(site.T.SuggestCorrectionSubjectFormat, details.Name);
        var body = site.Absolute(details.Url);
        return new ServicePage(site)
        {
            Title = details.Name,
            Description = details.Summary?.Value,
            Service = details,
            NextStep = NextStep.For(site, service),
            Checked = Checked.For(site, service),
            OgType = "article",
            JsonLd = StructuredData.Service(site, service, details),
            CorrectionMailto = officeEmail is null
                ? null
                : $"mailto:{officeEmail}?subject={Uri.EscapeDataString(subject)}&body={Uri.EscapeDataString(body)}",
        };
    }
}
