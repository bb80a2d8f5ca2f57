using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Tests.Text;

public class SlovenianCollationTests
{
    private static readonly StringComparer Comparer = SlovenianCollation.Comparer;

    [Theory]
    [InlineData("c", "č")]
    [InlineData("č", "d")]
    [InlineData("s", "š")]
    [InlineData("š", "t")]
    [InlineData("z", "ž")]
    public void Letters_with_caron_sort_after_their_base_letter(string before, string after)
    {
        Assert.True(Comparer.Compare(before, after) < 0, $"{before} < {after}");
        Assert.True(Comparer.Compare(after, before) > 0, $"{after} > {before}");
    }

    [Theory]
    [InlineData("Cvetje", "Čustvena stiska")]
    [InlineData("Svetovanje", "Šola")]
    [InlineData("Zvezda", "Žarek")]
    [InlineData("Čustvena stiska", "Dom")]
    public void Words_starting_with_a_caron_letter_sort_after_every_word_of_the_base_letter(string before, string after) =>
        Assert.True(Comparer.Compare(before, after) < 0, $"{before} < {after}");

    [Theory]
    [InlineData("Čas", "čas")]
    [InlineData("ŠENTJERNEJ", "Šentjernej")]
    [InlineData("novo mesto", "Novo Mesto")]
    public void Comparison_ignores_case(string a, string b) =>
        Assert.Equal(0, Comparer.Compare(a, b));

    [Fact]
    public void Sorting_a_list_gives_the_slovenian_alphabetical_order()
    {
        string[] names = ["Žužemberk", "Straža", "Šentjernej", "Črnomelj", "Cerklje", "Dolenjske Toplice", "Škocjan", "Zagradec"];

        var sorted = names.Order(Comparer).ToArray();

        Assert.Equal(["Cerklje", "Črnomelj", "Dolenjske Toplice", "Straža", "Šentjernej", "Škocjan", "Zagradec", "Žužemberk"], sorted);
    }
}
