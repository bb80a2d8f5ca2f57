using System.Xml.Linq;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Sync;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Sync;

public class ContentFileTests
{
    private static USyncFile File(string xml) => new("Content/test.config", XElement.Parse(xml), "hash");

    [Fact]
    public void Every_content_file_in_the_repository_is_read_without_errors()
    {
        var errors = new List<string>();

        var files = USyncFile.ReadFolder(Repository.USyncV17, "Content", errors).Where(f => !f.IsEmptyMarker)
            .Select(f => ContentFile.Read(f, ContentKind.Document, errors)).ToList();

        Assert.Empty(errors);
        Assert.True(files.Count > 100, $"{files.Count} files");
        Assert.All(files, f => Assert.NotNull(TestSchema.Default.GetContentType(f!.ContentTypeAlias)));
        Assert.All(files, f => Assert.True(f!.Names.ContainsKey("sl-SI"), f.RelativePath));
    }

    [Fact]
    public void A_real_service_file_is_read_with_tree_position_names_publish_state_and_values()
    {
        var errors = new List<string>();
        var file = USyncFile.ReadFolder(Repository.USyncV17, "Content", errors).Single(f => f.RelativePath == "Content/dnevni-center-ajda.config");

        var content = ContentFile.Read(file, ContentKind.Document, errors);

        Assert.Empty(errors);
        Assert.NotNull(content);
        Assert.Equal(new Guid("88b50c6a-970f-531c-a5f1-6c7c713069b0"), content.Key);
        Assert.Equal(new Guid("b13701b1-cead-5cb0-9695-acd96be20cfe"), content.ParentKey);
        Assert.Equal(4, content.Level);
        Assert.Equal("service", content.ContentTypeAlias);
        Assert.Equal(new DateTime(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc), content.CreateDate);
        Assert.Equal("Dnevni center Ajda", content.Names["sl-SI"]);
        Assert.Equal("Ajda day centre", content.Names["en-US"]);
        Assert.Contains("en-US", content.PublishedCultures);
        Assert.Contains("sl-SI", content.PublishedCultures);
        Assert.Equal("[\"plačljivo\"]", content.Values["cost"][string.Empty]);
        Assert.StartsWith("Day care for older people", content.Values["summary"]["en-US"]);
        Assert.False(content.Trashed);
    }

    [Fact]
    public void Unpublished_cultures_are_not_in_the_published_set()
    {
        var content = ContentFile.Read(File("""
            <Content Key="11111111-2222-3333-4444-555555555555" Alias="x" Level="1">
              <Info><ContentType>textPage</ContentType>
                <NodeName Default="Dostopnost"><Name Culture="sl-SI">Dostopnost</Name><Name Culture="en-US">Accessibility</Name></NodeName>
                <Published Default="true"><Published Culture="sl-SI">true</Published><Published Culture="en-US">false</Published></Published>
              </Info>
            </Content>
            """), ContentKind.Document, []);

        Assert.NotNull(content);
        Assert.Contains("sl-SI", content.PublishedCultures);
        Assert.DoesNotContain("en-US", content.PublishedCultures);
    }

    [Fact]
    public void A_content_file_without_key_is_an_error_naming_the_file()
    {
        var errors = new List<string>();

        var content = ContentFile.Read(File("<Content Alias=\"x\"><Info><ContentType>textPage</ContentType></Info></Content>"), ContentKind.Document, errors);

        Assert.Null(content);
        Assert.Equal("Content/test.config: the Key attribute is missing or not a GUID.", Assert.Single(errors));
    }

    [Fact]
    public void A_content_file_without_content_type_is_an_error_naming_the_file()
    {
        var errors = new List<string>();

        ContentFile.Read(File("<Content Key=\"11111111-2222-3333-4444-555555555555\"><Info /></Content>"), ContentKind.Document, errors);

        Assert.Equal("Content/test.config: <ContentType> is missing.", Assert.Single(errors));
    }

    [Fact]
    public void A_content_file_without_a_name_is_an_error_naming_the_file()
    {
        var errors = new List<string>();

        ContentFile.Read(File("<Content Key=\"11111111-2222-3333-4444-555555555555\"><Info><ContentType>textPage</ContentType><NodeName /></Info></Content>"), ContentKind.Document, errors);

        Assert.Equal("Content/test.config: <NodeName> has no name.", Assert.Single(errors));
    }

    [Fact]
    public void A_media_file_read_as_content_is_an_error_naming_the_file()
    {
        var errors = new List<string>();

        ContentFile.Read(File("<Media Key=\"11111111-2222-3333-4444-555555555555\" />"), ContentKind.Document, errors);

        Assert.Equal("Content/test.config: expected a <Content> element, found <Media>.", Assert.Single(errors));
    }
}
