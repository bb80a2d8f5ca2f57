using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search;
using NmZaMe.Web.Site.Home;
using NmZaMe.Web.Site.LifeChallenges;
using NmZaMe.Web.Site.News;
using NmZaMe.Web.Site.Organisations;
using NmZaMe.Web.Site.Search;
using NmZaMe.Web.Site.Services;
using NmZaMe.Web.Site.TextPages;

namespace NmZaMe.Web.Site;

/// <summary>The view and page model for an item, picked by document type as Umbraco picks templates; the public site and the back office's preview both render through here.</summary>
public static class SiteViews
{
    public static (string View, SitePage Model)? For(SiteContext site, PublishedContent content, IQueryCollection query, ISearchService search, NmZaMe.Cms.Insights.SearchLog? log = null) =>
        content.ContentType.Alias switch
        {
            "catalogueRoot" => ("Home/Home", HomePage.Build(site)),
            "lifeChallengeFolder" => ("LifeChallenges/LifeChallengeList", LifeChallengeListPage.Build(site)),
            "lifeChallenge" => ("LifeChallenges/LifeChallenge", LifeChallengePage.Build(site, content, query)),
            "organisationFolder" => ("Organisations/OrganisationList", OrganisationListPage.Build(site, content, query)),
            "organisation" => ("Organisations/Organisation", OrganisationPage.Build(site, content)),
            "service" => ("Services/Service", ServicePage.Build(site, content)),
            "newsFolder" => ("News/NewsList", NewsListPage.Build(site, content)),
            "newsArticle" => ("News/NewsArticle", NewsArticlePage.Build(site, content)),
            "textPage" => ("TextPages/TextPage", TextPage.Build(site, content)),
            "searchPage" => ("Search/Search", SearchPage.Build(site, site.Url(content)!, query, search, log)),
            _ => null,
        };
}
