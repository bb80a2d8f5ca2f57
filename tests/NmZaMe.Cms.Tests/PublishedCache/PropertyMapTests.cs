using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.PublishedCache;

public class PropertyMapTests
{
    private static ContentData Service()
    {
        var data = new ContentData();
        data.Names["sl-SI"] = "Pomoč na domu";
        data.Names["en-US"] = "Home help";
        data.SetValue("summary", "sl-SI", "Pomoč starejšim – »doma«");
        data.SetValue("summary", "en-US", "Help for older people");
        data.SetValue("minimumAge", string.Empty, "65");
        data.SetValue("keywords", "sl-SI", "[\"oskrba\",\"starejši\"]");
        return data;
    }

    public static TheoryData<bool> Arenas => new() { false, true };

    [Theory]
    [MemberData(nameof(Arenas))]
    public void Per_culture_and_invariant_values_are_read_from_the_shared_buffer(bool arena)
    {
        var item = Create(Service(), arena);

        Assert.Equal("Pomoč starejšim – »doma«", item.Value("summary", "sl-SI"));
        Assert.Equal("Help for older people", item.Value("summary", "EN-us"));
        Assert.Equal(65, item.Value("minimumAge", string.Empty));
        Assert.Equal(["oskrba", "starejši"], (IEnumerable<string>)item.Value("keywords", "sl-SI")!);
    }

    [Fact]
    public void A_missing_value_is_converted_from_null_and_an_unknown_culture_or_alias_has_none()
    {
        var item = Create(Service(), arena: true);

        Assert.Null(item.Value("summary", "de-DE"));
        Assert.Null(item.Value("noSuchProperty", "sl-SI"));
        Assert.Null(item.Value("maximumAge", string.Empty));
        // An invariant value is not found under a culture, and a per-culture one not under "".
        Assert.Null(item.Value("summary", string.Empty));
        Assert.Equal(
            item.Properties["keywords"].Editor.ToIntermediate(null, item.Properties["keywords"].DataType, TestSchema.Context),
            item.Value("keywords", "en-US"));
    }

    [Fact]
    public void A_value_is_converted_once_and_then_kept()
    {
        var item = Create(Service(), arena: true);

        var first = item.Value("keywords", "sl-SI");
        Assert.Same(first, item.Value("keywords", "sl-SI"));
        Assert.Same(first, item.Properties["keywords"].Value("sl-SI"));
    }

    [Fact]
    public void Peek_converts_without_keeping_until_a_value_is_read()
    {
        var item = Create(Service(), arena: true);

        var peeked = item.Peek("keywords", "sl-SI");
        Assert.Equal(["oskrba", "starejši"], (IEnumerable<string>)peeked!);
        Assert.NotSame(peeked, item.Peek("keywords", "sl-SI"));
        var read = item.Value("keywords", "sl-SI");
        Assert.NotSame(peeked, read);
        Assert.Same(read, item.Peek("keywords", "sl-SI"));
    }

    [Fact]
    public void Properties_enumerate_every_property_of_the_type_in_order()
    {
        var item = Create(Service(), arena: false);

        var expected = TestSchema.Default.PropertiesOf(item.ContentType).Select(p => p.Alias).ToList();
        Assert.Equal(expected, item.Properties.Keys);
        Assert.Equal(expected, item.Properties.Select(p => p.Value.Alias));
        Assert.Equal(expected.Count, item.Properties.Count);
        Assert.True(item.Properties.ContainsKey("summary"));
        Assert.False(item.Properties.ContainsKey("Summary"));
    }

    [Fact]
    public void Items_sharing_an_arena_keep_their_own_values()
    {
        var arena = new ValueArena();
        var items = Enumerable.Range(0, 2000).AsParallel().Select(i =>
        {
            var data = Service();
            data.SetValue("summary", "sl-SI", $"Opis {i} " + new string('x', i % 700));
            return (i, Item: Create(data, arena));
        }).ToList();

        Assert.All(items, x => Assert.Equal($"Opis {x.i} " + new string('x', x.i % 700), x.Item.Value("summary", "sl-SI")));
    }

    private static PublishedContent Create(ContentData data, bool arena) => Create(data, arena ? new ValueArena() : null);

    private static PublishedContent Create(ContentData data, ValueArena? arena)
    {
        var source = new PublishedSource(1, Guid.NewGuid(), null, 1, 0, "service", DateTime.UtcNow, DateTime.UtcNow, string.Empty)
        {
            Utf8Data = System.Text.Encoding.UTF8.GetBytes(data.Serialize()),
        };
        return PublishedContentFactory.Create(source, TestSchema.Default, arena)!;
    }
}
