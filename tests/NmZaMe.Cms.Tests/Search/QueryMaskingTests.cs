using NmZaMe.Cms.Insights;

namespace NmZaMe.Cms.Tests.Search;

public sealed class QueryMaskingTests
{
    [Theory]
    [InlineData("  Pomoč   na DOMU ", "pomoč na domu")]
    [InlineData("pišite na ana.novak@example.si prosim", "pišite na [email] prosim")]
    [InlineData("moja številka 041 123 456", "moja številka [phone]")]
    [InlineData("+386 41 123 456", "[phone]")]
    [InlineData("emšo 0101990505123", "emšo [emso]")]
    [InlineData("davčna 12345678", "davčna [tax]")]
    [InlineData("trr SI56 1910 0000 0123 438", "trr [iban]")]
    [InlineData("ime mi je Ana Novak in rabim pomoč", "ime mi je [name] in rabim pomoč")]
    [InlineData("my name is John Smith", "my name is [name]")]
    [InlineData("116 123", "116 123")]
    [InlineData("080 11 55", "080 11 55")]
    [InlineData("113", "113")]
    public void Personal_data_is_masked_and_help_line_numbers_are_kept(string query, string stored) =>
        Assert.Equal(stored, QueryMasking.Normalise(query));
}
