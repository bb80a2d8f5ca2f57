using NmZaMe.Web.Site;

namespace NmZaMe.Web.Tests.Site;

public sealed class RichTextHeadingsTests
{
    [Theory]
    [InlineData("<p>a</p><h3>Kontakt</h3><p>b</p>", 2, "<p>a</p><h2>Kontakt</h2><p>b</p>")]
    [InlineData("<h3 id=\"x\">A</h3><h5>B</h5><h3>C</h3>", 2, "<h2 id=\"x\">A</h2><h3>B</h3><h2>C</h2>")]
    [InlineData("<h2>A</h2><h3>B</h3>", 2, "<h2>A</h2><h3>B</h3>")]
    [InlineData("<H4>A</H4>", 3, "<h3>A</h3>")]
    [InlineData("<h1>A</h1><h2>B</h2>", 5, "<h5>A</h5><h6>B</h6>")]
    [InlineData("<p>no headings, <header>not one</header>, <hr></p>", 2, "<p>no headings, <header>not one</header>, <hr></p>")]
    public void The_texts_highest_heading_takes_the_given_level_and_no_level_is_skipped(string markup, int top, string expected) =>
        Assert.Equal(expected, RichTextHeadings.Fit(markup, top));

    [Fact]
    public void Plain_text_is_left_alone()
    {
        var text = new Localized("<h3>not markup</h3>", null, IsHtml: false);

        Assert.Same(text, RichTextHeadings.Fit(text, 2));
    }
}
