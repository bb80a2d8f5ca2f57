using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site;

namespace NmZaMe.Web.Tests.Site;

/// <summary>
/// WCAG 3.1.2 on the English site: no Slovenian text outside an element marked <c>lang="sl"</c>. The detector knows
/// what Slovenian looks like here: every Slovenian value of the seed (names, texts, each text node of rich text, the
/// labels and notes of blocks) that differs from its English value, and the site's own Slovenian words. A text node
/// of an English page equal to one of them, not inside <c>lang="sl"</c>, fails.
/// </summary>
public sealed class LanguageOfPartsTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    /// <summary>Block properties that hold words (the others are numbers, addresses, times, picks).</summary>
    private static readonly string[] BlockTexts = ["label", "note", "name", "accessibility"];

    [Fact]
    public async Task English_pages_carry_no_Slovenian_text_outside_lang_sl()
    {
        var slovenian = SlovenianStrings();
        var snapshot = seed.App.Snapshot;
        var urls = snapshot.All
            .Where(c => c.IsPublishedIn("en-US") && snapshot.Route(c, "en-US") is not null)
            .Select(c => "/en" + snapshot.Route(c, "en-US"))
            .Concat(["/en/search/?q=qqxzv", "/en/search/?q=" + Uri.EscapeDataString("brezplačna pravna pomoč"), "/en/no-such-page/"])
            .ToArray();
        var failures = new List<string>();

        foreach (var url in urls)
        {
            using var response = await seed.Client.GetAsync(url);
            var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
            foreach (var text in TextOutsideSlovenian(document.Body!))
            {
                if (slovenian.Contains(text))
                {
                    failures.Add($"{url}: »{text}«");
                }
            }
        }

        Assert.True(urls.Length > 150, $"only {urls.Length} English pages");
        Assert.True(slovenian.Count > 500, $"the detector knows only {slovenian.Count} Slovenian strings");
        Assert.True(failures.Count == 0, $"{failures.Count} Slovenian texts without lang=\"sl\":\n" + string.Join("\n", failures.Distinct().Take(400)));
    }

    [Fact]
    public void The_detector_finds_a_planted_Slovenian_text()
    {
        var slovenian = SlovenianStrings();
        var document = new HtmlParser().ParseDocument(
            "<html lang=\"en\"><body><p>Help for you</p><p lang=\"sl\">Nasilje</p><p>Komu je namenjena</p><p>Nasilje</p></body></html>");

        var found = TextOutsideSlovenian(document.Body!).Where(slovenian.Contains).ToArray();

        Assert.Equal(["Komu je namenjena", "Nasilje"], found);
    }

    /// <summary>
    /// Slovenian values of the seed, less every string that is also English or language-neutral somewhere in the seed
    /// (an English value, an address, an organisation's name that is the same in both languages).
    /// </summary>
    private HashSet<string> SlovenianStrings()
    {
        var strings = new HashSet<string>(StringComparer.Ordinal);
        var neutral = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in seed.App.Snapshot.All)
        {
            Add(strings, item.Name("sl-SI"), item.Name("en-US"));
            AddValue(neutral, item.Name("en-US"), null);
            AddValue(neutral, AddressLine(item), null);
            foreach (var property in item.Properties.Values)
            {
                if (property.Value("sl-SI") is { } sl)
                {
                    AddValue(strings, sl, property.Value("en-US"));
                    AddValue(neutral, property.Value("en-US"), null);
                }
                else if (property.Value(string.Empty) is BlockListValue blocks)
                {
                    foreach (var block in Descendants(blocks))
                    {
                        AddValue(neutral, AddressLine(block), null);
                        foreach (var blockProperty in block.Properties.Values)
                        {
                            // Block texts that do not vary are written in Slovenian; when they vary, the English one is the other value.
                            var words = BlockTexts.Contains(blockProperty.Alias);
                            if (blockProperty.Value(string.Empty) is { } invariant)
                            {
                                AddValue(words ? strings : neutral, invariant, null);
                            }
                            else if (words)
                            {
                                AddValue(strings, blockProperty.Value("sl-SI"), blockProperty.Value("en-US"));
                                AddValue(neutral, blockProperty.Value("en-US"), null);
                            }
                        }
                    }
                }
                else if (property.Value(string.Empty) is { } other)
                {
                    AddValue(neutral, other, null);
                }
            }
        }

        foreach (var (sl, en) in SiteWords(Texts.Slovenian, Texts.English).Concat(SiteWords(HelpTexts.Slovenian, HelpTexts.English)))
        {
            Add(strings, sl, en);
        }

        foreach (var stored in Texts.English.Values.Where(v => v.Key != v.Value).Select(v => v.Key))
        {
            Add(strings, stored, null);
        }

        strings.ExceptWith(neutral);
        return strings;
    }

    /// <summary>An address as the site writes it on one line: a place's name, not a language.</summary>
    private static string AddressLine(PublishedElement element) =>
        string.Join(", ", new[] { element.Value("street", string.Empty) as string, $"{element.Value("postcode", string.Empty)} {element.Value("city", string.Empty)}".Trim() }
            .Where(s => !string.IsNullOrWhiteSpace(s)));

    private static IEnumerable<PublishedElement> Descendants(BlockListValue blocks) =>
        blocks.Items.SelectMany(i => new[] { i.Content }.Concat(
            i.Content.Properties.Values.Select(p => p.Value(string.Empty)).OfType<BlockListValue>().SelectMany(Descendants)));

    private static void AddValue(HashSet<string> strings, object? sl, object? en)
    {
        switch (sl)
        {
            case string text:
                Add(strings, text, en as string);
                break;
            case RichTextValue rich:
                var english = en is RichTextValue r ? TextNodes(r.Markup).ToHashSet() : [];
                foreach (var node in TextNodes(rich.Markup).Where(n => !english.Contains(n)))
                {
                    Add(strings, node, null);
                }

                break;
        }
    }

    private static void Add(HashSet<string> strings, string? sl, string? en)
    {
        var text = Normalise(sl ?? string.Empty);
        if (text.Length >= 4 && text.Any(char.IsLetter) && text != Normalise(en ?? string.Empty))
        {
            strings.Add(text);
        }
    }

    private static IEnumerable<(string Sl, string En)> SiteWords<T>(T sl, T en) =>
        typeof(T).GetProperties().Where(p => p.PropertyType == typeof(string))
            .Select(p => ((string)p.GetValue(sl)!, (string)p.GetValue(en)!))
            .Where(p => !p.Item1.Contains('{', StringComparison.Ordinal));

    private static IEnumerable<string> TextNodes(string markup) =>
        TextOutsideSlovenian(new HtmlParser().ParseDocument("<body>" + markup).Body!, ignoreLang: true);

    private static IEnumerable<string> TextOutsideSlovenian(INode node, bool ignoreLang = false)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text && Normalise(text.Data) is { Length: > 0 } value)
            {
                yield return value;
            }
            else if (child is IElement element && element.LocalName is not ("script" or "style")
                && (ignoreLang || element.GetAttribute("lang")?.StartsWith("sl", StringComparison.OrdinalIgnoreCase) != true))
            {
                foreach (var inner in TextOutsideSlovenian(element, ignoreLang))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
