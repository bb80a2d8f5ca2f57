using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Tests.Site;

/// <summary>
/// Every block text of the seed (contact labels and notes, hours notes, location names and accessibility) has its
/// English value next to the Slovenian one, so a reader of the English site gets no Slovenian contact text.
/// </summary>
public sealed class SeedBlockTextTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    [Fact]
    public void Every_block_text_of_an_item_published_in_English_has_an_English_value_and_is_shown_in_English()
    {
        var checkedTexts = 0;
        var missing = new List<string>();
        foreach (var item in seed.App.Snapshot.All.Where(c => c.IsPublishedIn("en-US")))
        {
            foreach (var alias in item.Properties.Keys)
            {
                if (item.Value(alias, string.Empty) is BlockListValue list)
                {
                    checkedTexts += Check(list, $"{item.Name("sl-SI")} / {alias}", missing);
                }
            }
        }

        Assert.True(checkedTexts >= 100, $"only {checkedTexts} block texts in the seed");
        Assert.Empty(missing);
    }

    private static int Check(BlockListValue list, string where, List<string> missing)
    {
        var count = 0;
        foreach (var block in list.Items)
        {
            if (block.IsExposedIn("sl-SI") && !block.IsExposedIn("en-US"))
            {
                missing.Add($"{where}: a block shown in Slovenian only");
            }

            foreach (var property in block.Content.ContentType.Properties)
            {
                if (block.Content.Value(property.Alias, string.Empty) is BlockListValue nested)
                {
                    count += Check(nested, $"{where} / {property.Alias}", missing);
                }
                else if (property.VariesByCulture && block.Content.Value(property.Alias, "sl-SI") is string { Length: > 0 } slovenian)
                {
                    count++;
                    if (block.Content.Value(property.Alias, "en-US") is not string { Length: > 0 })
                    {
                        missing.Add($"{where}: {property.Alias} \"{slovenian}\" has no English");
                    }
                }
            }
        }

        return count;
    }
}
