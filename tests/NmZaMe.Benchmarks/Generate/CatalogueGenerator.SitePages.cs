using NmZaMe.Cms.Sync;
using static NmZaMe.Benchmarks.Generate.Vocabulary;

namespace NmZaMe.Benchmarks.Generate;

/// <summary>The rest of a site besides the catalogue: the office, the search page, news and a text page.</summary>
public sealed partial class CatalogueGenerator
{
    private IEnumerable<GeneratedNode> SitePages(ContentFile root, string rootPath, ContentFile organisationFolder, string organisationFolderPath, int organisations)
    {
        var office = Office(organisationFolder.Key, organisations);
        yield return new GeneratedNode(office, Name(organisationFolder), PathOf(organisationFolderPath, office));
        var search = Node(root.Key, 2, "searchPage", 2, "Iskanje", "Search", []);
        yield return new GeneratedNode(search, Name(root), PathOf(rootPath, search));
        var newsFolder = Node(root.Key, 2, "newsFolder", 3, "Novice", "News", []);
        var newsFolderPath = PathOf(rootPath, newsFolder);
        yield return new GeneratedNode(newsFolder, Name(root), newsFolderPath);
        for (var i = 0; i < 20; i++)
        {
            var opener = Pick(Sentences);
            var article = Node(newsFolder.Key, 3, "newsArticle", i, $"Novica št. {i + 1}", $"News item no. {i + 1}", new()
            {
                ["publishDate"] = Invariant(PropertyValues.Date(Created.Date.AddDays(-7 * i))),
                ["summary"] = Variant(opener.Sl, opener.En),
                ["body"] = Variant(PropertyValues.RichText(Paragraphs(2, 5, english: false)), PropertyValues.RichText(Paragraphs(2, 5, english: true))),
            });
            yield return new GeneratedNode(article, Name(newsFolder), PathOf(newsFolderPath, article));
        }

        var about = Node(root.Key, 2, "textPage", 4, "O sistemu lokalne blaginje", "About the local welfare system", new()
        {
            ["body"] = Variant(PropertyValues.RichText(Paragraphs(3, 6, english: false)), PropertyValues.RichText(Paragraphs(3, 6, english: true))),
        });
        yield return new GeneratedNode(about, Name(root), PathOf(rootPath, about));
    }

    private ContentFile Office(Guid parent, int sortOrder)
    {
        var values = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["summary"] = Variant("Enotna vstopna točka: prisluhnemo vam in vas usmerimo k pravi pomoči.", "The single entry point: we listen and point you to the right help."),
            ["description"] = Variant(PropertyValues.RichText(Paragraphs(2, 3, english: false)), PropertyValues.RichText(Paragraphs(2, 3, english: true))),
            ["organisationType"] = Invariant(PropertyValues.DropDown(schema.OrganisationTypes[0])),
            ["street"] = Invariant("Glavni trg 1"),
            ["postcode"] = Invariant(Towns[0].Postcode),
            ["city"] = Invariant(Towns[0].Name),
            ["email"] = Invariant("pisarna@sinteticni-katalog.si"),
            ["contacts"] = Invariant(Contacts("sinteticni-katalog.si")),
            ["openingHours"] = Invariant(OpeningHours()),
            ["lastReviewed"] = Invariant(PropertyValues.Date(Created.Date)),
        };
        return Node(parent, 3, "organisation", sortOrder, "Pisarna lokalne blaginje", "Local Welfare Office", values, OfficeKey);
    }
}
