using System.Xml.Linq;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Sync;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Sync;

public class SchemaReaderTests
{
    private static USyncFile File(string path, string xml) => new(path, XElement.Parse(xml), "hash");

    private static List<USyncFile> Folder(string folder, List<string> errors) => USyncFile.ReadFolder(Repository.USyncV17, folder, errors).ToList();

    private static string ContentTypeXml(string key = "11111111-2222-3333-4444-555555555555", string variations = "Culture", string property = "") => $"""
        <ContentType Key="{key}" Alias="testPage" Level="1">
          <Info><Name>Test</Name><Variations>{variations}</Variations><IsElement>false</IsElement></Info>
          <Structure />
          <GenericProperties>{property}</GenericProperties>
          <Tabs />
        </ContentType>
        """;

    private static string Property(string alias = "title", string definition = "e2af8e4a-a67f-5371-be55-b72c8ed23ea1", string validation = "", string variations = "Nothing") => $"""
        <GenericProperty>
          <Key>aaaaaaaa-0000-0000-0000-000000000001</Key><Name>Naslov</Name><Alias>{alias}</Alias>
          <Definition>{definition}</Definition><Type>Umbraco.TextBox</Type><Mandatory>false</Mandatory>
          <Validation>{validation}</Validation><SortOrder>0</SortOrder><Tab Alias="content">Vsebina</Tab>
          <Variations>{variations}</Variations>
        </GenericProperty>
        """;

    [Fact]
    public void The_repositorys_languages_are_read_with_slovenian_as_default()
    {
        var errors = new List<string>();

        var languages = Folder("Languages", errors).Select(f => SchemaReader.ReadLanguage(f, errors)).OfType<Language>().ToList();

        Assert.Empty(errors);
        Assert.Equal(["en-US", "sl-SI"], languages.Select(l => l.IsoCode).Order());
        Assert.Equal("sl-SI", Assert.Single(languages, l => l.IsDefault).IsoCode);
    }

    [Fact]
    public void The_repositorys_data_types_are_read_with_known_editors_and_their_config()
    {
        var errors = new List<string>();

        var dataTypes = Folder("DataTypes", errors).Select(f => SchemaReader.ReadDataType(f, errors)).OfType<DataType>().ToList();

        Assert.Empty(errors);
        Assert.Equal(28, dataTypes.Count);
        Assert.Equal("organisation", Assert.Single(dataTypes, d => d.Name == "Organisation picker").ConfigString("filter"));
        Assert.All(dataTypes, d => Assert.True(PropertyEditorCollection.Default.Contains(d.EditorAlias), d.EditorAlias));
        var cost = Assert.Single(dataTypes, d => d.Name == "Cost");
        Assert.Equal(["brezplačno", "delno plačljivo", "plačljivo"], cost.ConfigItems());
        Assert.False(cost.ConfigBool("multiple"));
    }

    [Fact]
    public void The_repositorys_content_types_are_read_with_properties_and_compositions()
    {
        var errors = new List<string>();

        var types = Folder("ContentTypes", errors).Select(f => SchemaReader.ReadContentType(f, errors)).OfType<ContentType>().ToList();

        Assert.Empty(errors);
        Assert.Equal(16, types.Count);
        Assert.Contains(types, t => t.Alias == "layTerm");
        var service = Assert.Single(types, t => t.Alias == "service");
        Assert.True(service.VariesByCulture);
        Assert.Equal("catalogueEntry", Assert.Single(service.Compositions).Alias);
        var phone = Assert.Single(types, t => t.Alias == "contactPoint").Properties.Single(p => p.Alias == "phone");
        Assert.Equal(@"^\+?[0-9 ()/-]{3,20}$", phone.ValidationRegex);
        Assert.Equal("Vnesite telefonsko številko, npr. 07 39 39 233.", phone.ValidationRegexMessage);
        Assert.True(Assert.Single(types, t => t.Alias == "openingHours").IsElement);
    }

    [Fact]
    public void The_composed_service_type_has_its_own_and_its_compositions_properties() =>
        Assert.Contains(TestSchema.Default.PropertiesOf(TestSchema.ContentType("service")), p => p.Alias == "summary");

    [Fact]
    public void A_data_type_without_key_is_an_error_naming_the_file()
    {
        var errors = new List<string>();

        var result = SchemaReader.ReadDataType(File("DataTypes/NoKey.config",
            "<DataType Alias=\"x\"><Info><Name>x</Name><EditorAlias>Umbraco.TextBox</EditorAlias></Info><Config>{}</Config></DataType>"), errors);

        Assert.Null(result);
        Assert.Equal("DataTypes/NoKey.config: the Key attribute is missing or not a GUID.", Assert.Single(errors));
    }

    [Fact]
    public void A_data_type_with_broken_config_json_is_an_error_naming_the_file()
    {
        var errors = new List<string>();

        SchemaReader.ReadDataType(File("DataTypes/Broken.config",
            "<DataType Key=\"11111111-2222-3333-4444-555555555555\" Alias=\"x\"><Info><EditorAlias>Umbraco.TextBox</EditorAlias></Info><Config>{\"maxChars\":</Config></DataType>"), errors);

        Assert.StartsWith("DataTypes/Broken.config: <Config> is not valid JSON", Assert.Single(errors));
    }

    [Fact]
    public void A_data_type_without_editor_alias_is_an_error_naming_the_file()
    {
        var errors = new List<string>();

        SchemaReader.ReadDataType(File("DataTypes/NoEditor.config", "<DataType Key=\"11111111-2222-3333-4444-555555555555\" Alias=\"x\"><Info /></DataType>"), errors);

        Assert.Equal("DataTypes/NoEditor.config: <EditorAlias> is missing.", Assert.Single(errors));
    }

    [Fact]
    public void A_content_type_without_key_is_an_error_naming_the_file()
    {
        var errors = new List<string>();

        var result = SchemaReader.ReadContentType(File("ContentTypes/testpage.config", ContentTypeXml(key: "")), errors);

        Assert.Null(result);
        Assert.Equal("ContentTypes/testpage.config: the Key and Alias attributes are required.", Assert.Single(errors));
    }

    [Fact]
    public void Bad_variations_are_an_error_naming_the_file()
    {
        var errors = new List<string>();

        SchemaReader.ReadContentType(File("ContentTypes/testpage.config", ContentTypeXml(variations: "Language")), errors);

        Assert.Equal("ContentTypes/testpage.config: <Variations> value 'Language' is not one of Nothing, Culture, Segment, CultureAndSegment.", Assert.Single(errors));
    }

    [Fact]
    public void Bad_property_variations_are_an_error_naming_the_file()
    {
        var errors = new List<string>();

        SchemaReader.ReadContentType(File("ContentTypes/testpage.config", ContentTypeXml(property: Property(variations: "Culturally"))), errors);

        Assert.StartsWith("ContentTypes/testpage.config: <Variations> value 'Culturally'", Assert.Single(errors));
    }

    [Fact]
    public void An_invalid_validation_regex_is_an_error_naming_the_file_and_property()
    {
        var errors = new List<string>();

        SchemaReader.ReadContentType(File("ContentTypes/testpage.config", ContentTypeXml(property: Property(validation: "^[0-9{4}$("))), errors);

        Assert.StartsWith("ContentTypes/testpage.config: property 'title' has an invalid validation pattern", Assert.Single(errors));
    }

    [Fact]
    public void A_definition_that_is_not_a_guid_is_an_error_naming_the_file_and_property()
    {
        var errors = new List<string>();

        SchemaReader.ReadContentType(File("ContentTypes/testpage.config", ContentTypeXml(property: Property(definition: "Textstring"))), errors);

        Assert.Equal("ContentTypes/testpage.config: property 'title' has no data type (<Definition> is not a GUID).", Assert.Single(errors));
    }

    [Fact]
    public void A_definition_of_a_data_type_that_does_not_exist_is_an_error_naming_the_file()
    {
        var errors = new List<string>();
        var unknown = Guid.NewGuid();
        var type = SchemaReader.ReadContentType(File("ContentTypes/testpage.config", ContentTypeXml(property: Property(definition: unknown.ToString()))), errors)!;
        var schema = new ContentSchema(TestSchema.Default.Languages, TestSchema.Default.DataTypes.Values, [type], PropertyEditorCollection.Default);

        SchemaValidator.Validate(schema, new Dictionary<Guid, string> { [type.Key] = "ContentTypes/testpage.config" }, errors);

        Assert.Equal($"ContentTypes/testpage.config: property 'title' uses data type {unknown}, which does not exist.", Assert.Single(errors));
    }

    [Fact]
    public void An_invalid_property_alias_is_an_error_naming_the_file()
    {
        var errors = new List<string>();

        SchemaReader.ReadContentType(File("ContentTypes/testpage.config", ContentTypeXml(property: Property(alias: "1st-title"))), errors);

        Assert.Equal("ContentTypes/testpage.config: property alias '1st-title' is not valid.", Assert.Single(errors));
    }

    [Fact]
    public void A_duplicate_property_alias_is_an_error_naming_the_file()
    {
        var errors = new List<string>();

        SchemaReader.ReadContentType(File("ContentTypes/testpage.config", ContentTypeXml(property: Property() + Property(alias: "Title"))), errors);

        Assert.Equal("ContentTypes/testpage.config: property alias 'title' is used more than once.", Assert.Single(errors));
    }

    [Fact]
    public void A_file_with_the_wrong_root_element_is_an_error_naming_the_file()
    {
        var errors = new List<string>();

        SchemaReader.ReadContentType(File("ContentTypes/oops.config", "<DataType Key=\"11111111-2222-3333-4444-555555555555\" Alias=\"x\" />"), errors);

        Assert.Equal("ContentTypes/oops.config: expected a <ContentType> element, found <DataType>.", Assert.Single(errors));
    }

    [Fact]
    public void A_language_with_a_bad_iso_code_is_an_error_naming_the_file()
    {
        var errors = new List<string>();

        SchemaReader.ReadLanguage(File("Languages/xx.config", "<Language Alias=\"slovenski jezik\"><IsoCode>slovenski jezik</IsoCode></Language>"), errors);

        Assert.Equal("Languages/xx.config: IsoCode 'slovenski jezik' is not a culture code.", Assert.Single(errors));
    }

    [Fact]
    public void Malformed_xml_is_an_error_naming_the_file()
    {
        var root = Path.Combine(Path.GetTempPath(), "nmzame-unit", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "DataTypes"));
        try
        {
            System.IO.File.WriteAllText(Path.Combine(root, "DataTypes", "Broken.config"), "<DataType Key=\"x\"><Info></DataType>");
            System.IO.File.WriteAllText(Path.Combine(root, "DataTypes", "Fine.config"), "<DataType Key=\"11111111-2222-3333-4444-555555555555\" />");
            var errors = new List<string>();

            var files = USyncFile.ReadFolder(root, "DataTypes", errors).ToList();

            Assert.Equal(["DataTypes/Fine.config"], files.Select(f => f.RelativePath));
            Assert.StartsWith("DataTypes/Broken.config: not well-formed XML", Assert.Single(errors));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_dtd_is_refused_as_malformed_xml()
    {
        var root = Path.Combine(Path.GetTempPath(), "nmzame-unit", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "Languages"));
        try
        {
            System.IO.File.WriteAllText(Path.Combine(root, "Languages", "xxe.config"),
                "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Language><IsoCode>&e;</IsoCode></Language>");
            var errors = new List<string>();

            Assert.Empty(USyncFile.ReadFolder(root, "Languages", errors));
            Assert.StartsWith("Languages/xxe.config: not well-formed XML", Assert.Single(errors));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
