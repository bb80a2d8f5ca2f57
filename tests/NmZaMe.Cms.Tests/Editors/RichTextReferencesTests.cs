using NmZaMe.Cms.Editors;

namespace NmZaMe.Cms.Tests.Editors;

/// <summary>The stored reference formats of Umbraco 17's rich text and what a reader makes of them.</summary>
public sealed class RichTextReferencesTests
{
    private static readonly Guid Page = Guid.Parse("a1c5d649-977f-4ea5-9b1c-b26055f3eed3");
    private static readonly Guid Picture = Guid.Parse("395bdc0e-8f4d-4ad4-af7f-3a3f6265651e");

    private static string Resolve(string markup) =>
        RichTextReferences.Resolve(
            markup,
            (kind, key) => key == Page && kind == RichTextLinkKind.Document ? [new("href", "/inline/"), new("data-start-item-path", "root")]
                : key == Picture && kind == RichTextLinkKind.Media ? [new("href", "/media/x/file.pdf")]
                : null,
            key => key == Picture ? [new("src", "/media/x/slika.png")] : null);

    [Theory]
    [InlineData("<a href=\"{localLink:umb://document/a1c5d649977f4ea59b1cb26055f3eed3}\" title=\"Inline\">x</a>", "<a href=\"/inline/\" title=\"Inline\" data-start-item-path=\"root\">x</a>")]
    [InlineData("<a href=\"/{localLink:umb://document/a1c5d649977f4ea59b1cb26055f3eed3}\" title=\"Inline\">x</a>", "<a href=\"/inline/\" title=\"Inline\" data-start-item-path=\"root\">x</a>")]
    [InlineData("<a type=\"document\" href=\"/{localLink:a1c5d649-977f-4ea5-9b1c-b26055f3eed3}\" title=\"t\">x</a>", "<a href=\"/inline/\" title=\"t\" data-start-item-path=\"root\">x</a>")]
    [InlineData("<a href=\"{localLink:395bdc0e-8f4d-4ad4-af7f-3a3f6265651e}\" type=\"media\">x</a>", "<a href=\"/media/x/file.pdf\">x</a>")]
    [InlineData("<a href=\"{localLink:umb://document/00000000000000000000000000000001}\" title=\"Gone\">x</a>", "<a title=\"Gone\">x</a>")]
    public void Links_get_the_readers_href_or_lose_it(string stored, string expected) =>
        Assert.Equal("<p>" + expected + "</p>", Resolve("<p>" + stored + "</p>"));

    [Fact]
    public void Images_get_the_media_url_keep_a_stored_query_string_and_lose_data_udi() =>
        Assert.Equal(
            "<p><img src=\"/media/x/slika.png?width=500&amp;height=500\" alt=\"Znak č &quot;i&quot;\" width=\"500\"></p>",
            Resolve("<p><img src=\"/media/old/slika.png?width=500&amp;height=500\" alt=\"Znak č &quot;i&quot;\" width=\"500\" data-udi=\"umb://media/395bdc0e8f4d4ad4af7f3a3f6265651e\" data-caption=\"c\"></p>"));

    [Fact]
    public void Markup_without_references_and_other_tags_are_left_alone()
    {
        const string markup = "<p><abbr title=\"CSD\">CSD</abbr> <a href=\"https://example.org/?a=1&amp;b=2\">x</a><img src=\"/media/a.png\" alt=\"\"></p>";

        Assert.Same(markup, Resolve(markup));
        // Umbraco leaves a local link it cannot read as it is; the sanitiser already allowed it.
        Assert.Equal(markup + "<a href=\"{localLink:not-a-key}\">y</a>", Resolve(markup + "<a href=\"{localLink:not-a-key}\">y</a>"));
    }
}
