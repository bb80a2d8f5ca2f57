using NmZaMe.Cms.Editors;

namespace NmZaMe.Cms.Tests.Editors;

public class HtmlSanitizerTests
{
    [Theory]
    [InlineData("<p>Pred</p><script>alert('x')</script><p>Po</p>", "<p>Pred</p><p>Po</p>")]
    [InlineData("<p>Pred</p><style>p { display:none }</style><p>Po</p>", "<p>Pred</p><p>Po</p>")]
    [InlineData("<p>Pred</p><iframe src=\"https://evil.example\">skrito</iframe><p>Po</p>", "<p>Pred</p><p>Po</p>")]
    [InlineData("<p>a<script src=\"https://evil.example/x.js\"></script>b</p>", "<p>ab</p>")]
    [InlineData("<form action=\"/x\"><input name=\"q\"><button>Pošlji</button></form><p>ok</p>", "<p>ok</p>")]
    [InlineData("<object data=\"x.swf\">fallback</object><embed src=\"x.swf\"><p>ok</p>", "<p>ok</p>")]
    public void Dangerous_elements_are_removed_with_their_content(string html, string expected) =>
        Assert.Equal(expected, HtmlSanitizer.Sanitize(html));

    [Theory]
    [InlineData("<p onclick=\"alert(1)\">Klik</p>", "<p>Klik</p>")]
    [InlineData("<img src=\"/media/a.png\" alt=\"Logo\" onerror=\"alert(1)\">", "<img src=\"/media/a.png\" alt=\"Logo\">")]
    [InlineData("<a href=\"https://www.novomesto.si\" onmouseover=\"alert(1)\">Občina</a>", "<a href=\"https://www.novomesto.si\">Občina</a>")]
    [InlineData("<strong style=\"color:red\" class=\"x\" id=\"y\">Pozor</strong>", "<strong>Pozor</strong>")]
    public void Event_handlers_and_unlisted_attributes_are_removed(string html, string expected) =>
        Assert.Equal(expected, HtmlSanitizer.Sanitize(html));

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\"java\tscript:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>")]
    [InlineData("<a href=\"javascript&colon;alert(1)\">x</a>")]
    [InlineData("<a href=\"  javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>")]
    public void Script_and_data_links_lose_their_href(string html) =>
        Assert.Equal("<a>x</a>", HtmlSanitizer.Sanitize(html));

    [Theory]
    [InlineData("<img src=\"javascript:alert(1)\" alt=\"a\">")]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\" alt=\"a\">")]
    public void Script_and_data_image_sources_are_removed(string html) =>
        Assert.Equal("<img alt=\"a\">", HtmlSanitizer.Sanitize(html));

    [Theory]
    [InlineData("<p>Besedilo <strong>krepko</strong> in <em>poševno</em>.</p>")]
    [InlineData("<h2>Kontakt</h2><p>Pokličite nas.</p>")]
    [InlineData("<ul><li>ena</li><li>dve</li></ul>")]
    [InlineData("<ol start=\"3\"><li>tri</li></ol>")]
    [InlineData("<p><a href=\"https://www.novomesto.si/\" title=\"Občina\">Občina</a></p>")]
    [InlineData("<p><a href=\"mailto:info@novomesto.si\">E-pošta</a></p>")]
    [InlineData("<p><a href=\"tel:+38673939233\">07 39 39 233</a></p>")]
    [InlineData("<p><a href=\"/organizacije/\">Organizacije</a> in <a href=\"#kontakt\">kontakt</a></p>")]
    [InlineData("<table><tbody><tr><th scope=\"row\">Pon</th><td colspan=\"2\">8–15</td></tr></tbody></table>")]
    [InlineData("<blockquote lang=\"en\">Quote</blockquote>")]
    public void Allowed_markup_is_kept_as_it_is(string html) =>
        Assert.Equal(html, HtmlSanitizer.Sanitize(html));

    [Fact]
    public void A_link_opening_a_new_window_gets_rel_noopener_noreferrer()
    {
        var clean = HtmlSanitizer.Sanitize("<a href=\"https://www.gov.si\" target=\"_blank\">gov.si</a>");

        Assert.Equal("<a href=\"https://www.gov.si\" target=\"_blank\" rel=\"noopener noreferrer\">gov.si</a>", clean);
    }

    [Fact]
    public void An_editors_rel_on_a_new_window_link_is_replaced()
    {
        var clean = HtmlSanitizer.Sanitize("<a href=\"https://www.gov.si\" target=\"_blank\" rel=\"opener\">gov.si</a>");

        Assert.Contains("rel=\"noopener noreferrer\"", clean);
        Assert.DoesNotContain("rel=\"opener\"", clean);
    }

    [Theory]
    [InlineData("<a href=\"https://www.gov.si\" target=\"_self\">gov.si</a>")]
    [InlineData("<a href=\"https://www.gov.si\" target=\"evil\">gov.si</a>")]
    public void Targets_other_than_blank_are_removed(string html) =>
        Assert.Equal("<a href=\"https://www.gov.si\">gov.si</a>", HtmlSanitizer.Sanitize(html));

    [Theory]
    [InlineData("<div><p>Vsebina</p></div>", "<p>Vsebina</p>")]
    [InlineData("<p><font color=\"red\">rdeče</font> besedilo</p>", "<p>rdeče besedilo</p>")]
    [InlineData("<section><article><h2>Naslov</h2></article></section>", "<h2>Naslov</h2>")]
    [InlineData("<h1>Velik naslov</h1>", "Velik naslov")]
    [InlineData("<custom-tag onclick=\"x\"><strong>ostane</strong></custom-tag>", "<strong>ostane</strong>")]
    public void Unknown_elements_are_unwrapped_and_their_text_kept(string html, string expected) =>
        Assert.Equal(expected, HtmlSanitizer.Sanitize(html));

    [Theory]
    [InlineData("<p>a<!-- skrito -->b</p>", "<p>ab</p>")]
    [InlineData("<!--[if IE]><script>alert(1)</script><![endif]--><p>ok</p>", "<p>ok</p>")]
    [InlineData("<div><!-- v neznanem elementu --><p>ok</p></div>", "<p>ok</p>")]
    public void Comments_are_removed(string html, string expected) =>
        Assert.Equal(expected, HtmlSanitizer.Sanitize(html));

    [Theory]
    [InlineData("<svg onload=\"alert(1)\"><circle r=\"5\"></circle></svg><p>ok</p>")]
    [InlineData("<svg><script>alert(1)</script></svg><p>ok</p>")]
    [InlineData("<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math><p>ok</p>")]
    public void Svg_and_math_are_removed_entirely(string html) =>
        Assert.Equal("<p>ok</p>", HtmlSanitizer.Sanitize(html));

    // Payload families of the security review (mutation XSS, srcdoc, handlers on allowed elements, foreign content).
    [Theory]
    [InlineData("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>")]
    [InlineData("<svg><p><style><img src=x onerror=alert(1)></style></p></svg>")]
    [InlineData("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>")]
    [InlineData("<umb-rte-block data-content-id=\"x\" onfocus=\"alert(1)\" autofocus tabindex=\"0\"></umb-rte-block>")]
    [InlineData("<a href=\"javascript&#58;alert(1)\">x</a><a href=\"//evil.example/\">y</a>")]
    [InlineData("<img src=\"x\" alt=\"\\\" onerror=alert(1) \\\"\">")]
    [InlineData("<p><base href=\"javascript:alert(1)//\"><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"></p>")]
    public void Known_payloads_leave_nothing_that_runs(string html)
    {
        var clean = HtmlSanitizer.Sanitize(html);

        foreach (var unsafeMarkup in new[] { "<script", "onerror", "onfocus", "javascript:", "srcdoc", "<iframe", "<style", "<base", "<meta", "//evil" })
        {
            Assert.DoesNotContain(unsafeMarkup, clean, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Rich_text_block_placeholders_keep_their_content_id()
    {
        const string html = "<umb-rte-block data-content-id=\"7d59659f-2df9-5d82-a12e-31e3dced8a18\" onclick=\"x\"></umb-rte-block>";

        Assert.Equal("<umb-rte-block data-content-id=\"7d59659f-2df9-5d82-a12e-31e3dced8a18\"></umb-rte-block>", HtmlSanitizer.Sanitize(html));
    }

    [Fact]
    public void Umbraco_local_links_are_kept()
    {
        const string html = "<a href=\"{localLink:7d59659f-2df9-5d82-a12e-31e3dced8a18}\" type=\"document\">Nasilje</a>";

        Assert.Equal(html, HtmlSanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Empty_input_gives_an_empty_string(string? html) =>
        Assert.Equal(string.Empty, HtmlSanitizer.Sanitize(html!));

    [Fact]
    public void Markup_that_is_only_a_script_becomes_empty()
    {
        Assert.Equal(string.Empty, HtmlSanitizer.Sanitize("<script>alert(1)</script>"));
    }

    [Fact]
    public void Text_that_looks_like_markup_stays_escaped()
    {
        var clean = HtmlSanitizer.Sanitize("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");

        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", clean);
    }

    [Theory]
    [InlineData("<p>Prvi odstavek.</p><p>Drugi odstavek.</p>", "Prvi odstavek. Drugi odstavek.")]
    [InlineData("<ul><li>ena</li><li>dve</li></ul>", "ena dve")]
    [InlineData("<p>vrstica<br>nova</p>", "vrstica nova")]
    [InlineData("<p>Pokličite <strong>112</strong> takoj.</p>", "Pokličite 112 takoj.")]
    [InlineData("<p>  veliko   presledkov\n\tin vrstic </p>", "veliko presledkov in vrstic")]
    [InlineData("<p>Tom &amp; Jerry &gt; vsi</p>", "Tom & Jerry > vsi")]
    public void ToPlainText_gives_the_text_with_words_separated_by_single_spaces(string html, string expected) =>
        Assert.Equal(expected, HtmlSanitizer.ToPlainText(html));

    [Theory]
    [InlineData("<h2>Kontakt</h2><p>Pokličite nas.</p>", "Kontakt Pokličite nas.")]
    [InlineData("<p>vrstica<br />nova</p>", "vrstica nova")]
    [InlineData("<table><tr><td>Pon</td><td>8.00</td></tr></table>", "Pon 8.00")]
    public void ToPlainText_does_not_glue_words_of_adjacent_blocks_together(string html, string expected) =>
        Assert.Equal(expected, HtmlSanitizer.ToPlainText(html));

    [Theory]
    [InlineData("<p>a</p><script>alert(1)</script><p>b</p>", "a b")]
    [InlineData("<style>p { color: red }</style><p>besedilo</p>", "besedilo")]
    public void ToPlainText_leaves_out_script_and_style_content(string html, string expected) =>
        Assert.Equal(expected, HtmlSanitizer.ToPlainText(html));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void ToPlainText_of_nothing_is_empty(string? html) =>
        Assert.Equal(string.Empty, HtmlSanitizer.ToPlainText(html!));
}
