using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Tests.Text;

public class UrlSegmentTests
{
    [Theory]
    [InlineData("Pomoč na domu", "pomoc-na-domu")]
    [InlineData("Društvo Žarek – Šentjernej", "drustvo-zarek-sentjernej")]
    [InlineData("ČŠŽ čšž", "csz-csz")]
    [InlineData("Đurđevac in Ćiril", "durdevac-in-ciril")]
    [InlineData("Straße", "strasse")]
    public void From_transliterates_slovenian_and_neighbouring_letters(string name, string expected) =>
        Assert.Equal(expected, UrlSegment.From(name));

    [Theory]
    [InlineData("Pomoč (in podpora), 24/7!", "pomoc-in-podpora-24-7")]
    [InlineData("Center za socialno delo: enota Novo mesto", "center-za-socialno-delo-enota-novo-mesto")]
    [InlineData("a  --  b", "a-b")]
    [InlineData("O'Brien & sinovi", "o-brien-sinovi")]
    public void From_collapses_punctuation_and_spaces_into_single_hyphens(string name, string expected) =>
        Assert.Equal(expected, UrlSegment.From(name));

    [Theory]
    [InlineData("  »Pomoč«  ", "pomoc")]
    [InlineData("--- Novice ---", "novice")]
    [InlineData("!!!Svetovanje???", "svetovanje")]
    [InlineData("\tSOS telefon\n", "sos-telefon")]
    public void From_drops_leading_and_trailing_symbols(string name, string expected) =>
        Assert.Equal(expected, UrlSegment.From(name));

    [Theory]
    [InlineData("112", "112")]
    [InlineData("Pisarna 2026", "pisarna-2026")]
    [InlineData("116 123 Zaupni telefon Samarijan", "116-123-zaupni-telefon-samarijan")]
    public void From_keeps_digits(string name, string expected) =>
        Assert.Equal(expected, UrlSegment.From(name));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!?–…")]
    [InlineData("Помощь")]
    public void From_returns_item_when_nothing_usable_is_left(string name) =>
        Assert.Equal("item", UrlSegment.From(name));

    [Fact]
    public void From_lower_cases_everything()
    {
        var segment = UrlSegment.From("MESTNA OBČINA Novo Mesto");

        Assert.Equal("mestna-obcina-novo-mesto", segment);
    }

    [Fact]
    public void From_caps_the_length_at_240_without_a_trailing_hyphen()
    {
        // 239 letters then a space and more words: the cut lands right after the hyphen.
        var name = new string('a', 239) + " bbbb cccc";

        var segment = UrlSegment.From(name);

        Assert.Equal(new string('a', 239), segment);
    }

    [Fact]
    public void From_caps_a_long_name_at_240_characters()
    {
        var name = string.Join(' ', Enumerable.Repeat("življenjska situacija", 40));

        var segment = UrlSegment.From(name);

        Assert.True(segment.Length <= 240, $"length {segment.Length}");
        Assert.StartsWith("zivljenjska-situacija-zivljenjska", segment);
        Assert.False(segment.EndsWith('-'));
    }

    [Fact]
    public void Unique_returns_the_segment_when_no_sibling_has_it()
    {
        Assert.Equal("pomoc", UrlSegment.Unique("pomoc", new HashSet<string> { "svetovanje" }));
    }

    [Fact]
    public void Unique_appends_1_when_the_segment_is_taken()
    {
        Assert.Equal("pomoc-1", UrlSegment.Unique("pomoc", new HashSet<string> { "pomoc" }));
    }

    [Fact]
    public void Unique_appends_the_first_free_number()
    {
        Assert.Equal("pomoc-2", UrlSegment.Unique("pomoc", new HashSet<string> { "pomoc", "pomoc-1" }));
        Assert.Equal("pomoc-1", UrlSegment.Unique("pomoc", new HashSet<string> { "pomoc", "pomoc-2" }));
    }

    [Theory]
    [InlineData("Šentjernej", "sentjernej")]
    [InlineData("ŽUŽEMBERK", "zuzemberk")]
    [InlineData("Mirna Peč", "mirna pec")]
    [InlineData("Đakovo, Ćuprija", "dakovo, cuprija")]
    [InlineData("starejši", "starejsi")]
    public void Fold_lower_cases_and_removes_diacritics_but_keeps_spaces_and_punctuation(string text, string expected) =>
        Assert.Equal(expected, UrlSegment.Fold(text));

    [Fact]
    public void Fold_makes_diacritic_and_plain_spellings_equal()
    {
        Assert.Equal(UrlSegment.Fold("pomoč na domu"), UrlSegment.Fold("POMOC NA DOMU"));
    }
}
