using NmZaMe.Web.Site.RichText;

namespace NmZaMe.Web.Tests.Site;

/// <summary>The recogniser of Slovenian phone numbers in running text: what must become a link, and what must not.</summary>
public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("Pokličite policijo na 113.", "113", "113")]
    [InlineData("reševalce na 112", "112", "112")]
    [InlineData("113", "113", "113")]
    [InlineData("Klic v sili: 112, policija: 113", "112", "112")]
    [InlineData("TOM telefon 116 111 je brezplačen", "116 111", "116111")]
    [InlineData("Zaupni telefon Samarijan 116 123.", "116 123", "116123")]
    [InlineData("Pokličite 116123", "116123", "116123")]
    [InlineData("SOS telefon 080 11 55 deluje", "080 11 55", "0801155")]
    [InlineData("brezplačna številka 080 1155", "080 1155", "0801155")]
    [InlineData("Telefon: 07 39 39 233", "07 39 39 233", "073939233")]
    [InlineData("tel. 07 393 92 33 ali", "07 393 92 33", "073939233")]
    [InlineData("(07) 393 92 33", "(07) 393 92 33", "073939233")]
    [InlineData("07/393-92-33", "07/393-92-33", "073939233")]
    [InlineData("07 3939233", "07 3939233", "073939233")]
    [InlineData("GSM 031 663 067", "031 663 067", "031663067")]
    [InlineData("041-123-456", "041-123-456", "041123456")]
    [InlineData("01 234 56 78", "01 234 56 78", "012345678")]
    [InlineData("klic na 07\u00a039\u00a039\u00a0233", "07\u00a039\u00a039\u00a0233", "073939233")]
    [InlineData("+386 7 39 39 233", "+386 7 39 39 233", "+38673939233")]
    [InlineData("+386 (0)7 39 39 233", "+386 (0)7 39 39 233", "+38673939233")]
    [InlineData("+386 31 663 067", "+386 31 663 067", "+38631663067")]
    [InlineData("00386 31 663 067", "00386 31 663 067", "+38631663067")]
    [InlineData("+38673939233", "+38673939233", "+38673939233")]
    [InlineData("Pokličite 113. Če ne morete govoriti, pošljite SMS.", "113", "113")]
    [InlineData("na številko 113 ali 112", "113", "113")]
    public void Finds_a_number_people_would_call(string text, string written, string dial)
    {
        var match = PhoneNumbers.Find(text).First();

        Assert.Equal(written, match.Text);
        Assert.Equal(written, text.Substring(match.Index, match.Length));
        Assert.Equal("tel:" + dial, match.TelHref);
    }

    [Fact]
    public void Finds_every_number_in_a_sentence()
    {
        var found = PhoneNumbers.Find("Pokličite 112 ali 113, otroci 116 111, ženske 080 11 55, pisarna 07 39 39 233 ali 031 663 067.");

        Assert.Equal(["112", "113", "116111", "0801155", "073939233", "031663067"], found.Select(f => f.Dial));
    }

    [Theory]
    [InlineData("Leta 2024 je bilo 113 prijav manj.")]
    [InlineData("4. 12. 2026")]
    [InlineData("04.12.2026")]
    [InlineData("01.12.2026 10.00")]
    [InlineData("01 12 2026 10")]
    [InlineData("8.00–15.00")]
    [InlineData("od 7.00 do 15.00")]
    [InlineData("07.30–15.30")]
    [InlineData("8000 Novo mesto")]
    [InlineData("Gubčeva ulica 15, 8000 Novo mesto")]
    [InlineData("Šmihelska cesta 113, 8000 Novo mesto")]
    [InlineData("Ljubljanska 112, 8000 Novo mesto")]
    [InlineData("Cesta 113")]
    [InlineData("113 let")]
    [InlineData("Dom ima 112 postelj? ne, 112 oseb")]
    [InlineData("113. člen zakona")]
    [InlineData("po 112. členu")]
    [InlineData("Uradni list RS, št. 112/2021")]
    [InlineData("št. 113")]
    [InlineData("stran 112")]
    [InlineData("cena 113 €")]
    [InlineData("113€")]
    [InlineData("113 EUR")]
    [InlineData("113,00 EUR")]
    [InlineData("1.130,00 EUR")]
    [InlineData("113 000 EUR")]
    [InlineData("112 %")]
    [InlineData("2112")]
    [InlineData("1123")]
    [InlineData("matična številka 5880262000")]
    [InlineData("matična številka 0588026")]
    [InlineData("davčna številka SI12345678")]
    [InlineData("TRR SI56 0110 0600 0012 345")]
    [InlineData("IBAN SI56 0123 4567 8901 234")]
    [InlineData("EMŠO 0101990500123")]
    [InlineData("0123456789")]
    [InlineData("07 39 39 2")]
    [InlineData("116 999")]
    [InlineData("080 11")]
    [InlineData("A113")]
    [InlineData("113a")]
    [InlineData("+386 7 39")]
    [InlineData("Avtobus 113 vozi")]
    public void Leaves_other_numbers_alone(string text)
    {
        Assert.Empty(PhoneNumbers.Find(text));
    }

    [Fact]
    public void Rich_text_gets_links_in_text_nodes_with_the_text_kept()
    {
        var html = PhoneLinks.Add("<p>Pokličite policijo na <strong>113</strong> ali pisarno na 07 39 39 233.</p>");

        Assert.Equal("<p>Pokličite policijo na <strong><a href=\"tel:113\">113</a></strong> ali pisarno na <a href=\"tel:073939233\">07 39 39 233</a>.</p>", html);
    }

    [Fact]
    public void Existing_links_and_their_addresses_are_never_touched()
    {
        const string markup = "<p><a href=\"https://example.si/113\">Pokličite 113</a> <a href=\"tel:113\">113</a> <code>112</code></p>";

        Assert.Equal(markup, PhoneLinks.Add(markup));
    }

    [Fact]
    public void Markup_without_numbers_is_returned_unchanged()
    {
        const string markup = "<p>Brez številk &amp; z <em>oznakami</em>.</p>";

        Assert.Same(markup, PhoneLinks.Add(markup));
    }

    [Fact]
    public void Text_that_only_looks_like_markup_stays_text()
    {
        var html = PhoneLinks.Add("<p>&lt;a href=x&gt; 113 &lt;/a&gt;</p>");

        Assert.Equal("<p>&lt;a href=x&gt; <a href=\"tel:113\">113</a> &lt;/a&gt;</p>", html);
    }
}
