using NmZaMe.Cms.Editors;

namespace NmZaMe.Cms.Tests.Editors;

public class UrlSafetyTests
{
    [Theory]
    [InlineData("https://www.novomesto.si/")]
    [InlineData("http://www.csd-slovenije.si")]
    [InlineData("HTTPS://WWW.GOV.SI")]
    [InlineData("mailto:info@novomesto.si")]
    [InlineData("tel:+38673939233")]
    [InlineData("/organizacije/drustvo-zarek/")]
    [InlineData("#kontakt")]
    [InlineData("novice/")]
    [InlineData("novice/clanek?x=a:b")]
    [InlineData("{localLink:7d59659f-2df9-5d82-a12e-31e3dced8a18}")]
    public void Web_mail_phone_relative_and_local_links_are_safe(string url) =>
        Assert.True(UrlSafety.IsSafeLink(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("javascript://%0Aalert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("VBScript:msgbox(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://ftp.example.com/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("x:y")]
    public void Script_data_other_schemes_and_protocol_relative_links_are_not_safe(string url) =>
        Assert.False(UrlSafety.IsSafeLink(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_link_is_not_safe(string? url) =>
        Assert.False(UrlSafety.IsSafeLink(url));
}
