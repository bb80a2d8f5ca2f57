using NmZaMe.Web.BackOffice.Security;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>F10: known words dressed up with case, spaces, digits, years and punctuation are refused; real passphrases are not.</summary>
public sealed class PasswordCoreTests
{
    private static readonly CommonPasswords List = new();

    [Theory]
    [InlineData("NmZaMe-2025!")]
    [InlineData("Umbraco-2025!")]
    [InlineData("nmzame2025!")]
    [InlineData("Novo mesto 1")]
    [InlineData("Pisarna lokalne blaginje 1")]
    [InlineData("Password-2025!")]
    [InlineData("P@ssw0rd 2026")]
    [InlineData("Ana Novak 1985!")]
    [InlineData("ana.novak-2026")]
    public void Dressed_up_known_words_are_guessable(string password) =>
        Assert.True(List.IsGuessable(password, ["ana.novak@example.si", "Ana Novak", "Ana", "Novak"]), password);

    [Theory]
    [InlineData("modra-reka-krka-tece")]
    [InlineData("Trije zajci pod Gorjanci")]
    [InlineData("4817-2290-5561")]
    [InlineData("novomeški-čebelar-2025-zvonček")]
    public void Passphrases_and_random_strings_are_not(string password) =>
        Assert.False(List.IsGuessable(password, ["ana.novak@example.si", "Ana Novak", "Ana", "Novak"]), password);

    [Theory]
    [InlineData("P@ssw0rd2025", "password")]
    [InlineData("Novo mesto 1", "novomesto")]
    [InlineData("Čebelar-7", "cebelar")]
    public void The_core_is_the_folded_letters(string password, string core) => Assert.Equal(core, PasswordCore.Of(password));
}
