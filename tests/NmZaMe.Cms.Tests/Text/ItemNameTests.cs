using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Tests.Text;

/// <summary>F12: names keep no control or bidirectional-formatting characters, so "…\u202Egnp.exe.png" cannot pose as "…exe.png".</summary>
public sealed class ItemNameTests
{
    [Theory]
    [InlineData("a\0b", "ab")]
    [InlineData("čšž\u202Egnp.exe", "čšžgnp.exe")]
    [InlineData(" \u2066Logotip\u2069 \t", "Logotip")]
    [InlineData("Ime\u200F\u200E\u061C", "Ime")]
    [InlineData("Družina 👨\u200D👩\u200D👧", "Družina 👨\u200D👩\u200D👧")]
    [InlineData("Center za socialno delo", "Center za socialno delo")]
    public void Unsafe_characters_are_removed_and_the_rest_kept(string name, string expected) => Assert.Equal(expected, ItemName.Clean(name));
}
