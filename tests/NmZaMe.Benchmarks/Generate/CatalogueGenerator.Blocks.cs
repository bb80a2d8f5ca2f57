using NmZaMe.Cms.Text;
using NmZaMe.Cms.Sync;
using static NmZaMe.Benchmarks.Generate.Vocabulary;

namespace NmZaMe.Benchmarks.Generate;

/// <summary>Block-list values: contact points and opening hours.</summary>
public sealed partial class CatalogueGenerator
{
    private string Contacts(string domain)
    {
        var blocks = new List<(Guid, IReadOnlyList<BlockValue>)>();
        foreach (var label in Sample(ContactLabels, 1, 3))
        {
            var values = new List<BlockValue> { BlockValue.Text("label", label), BlockValue.Text("phone", Phone()) };
            if (_random.Next(3) > 0)
            {
                values.Add(BlockValue.Email("email", $"{UrlSegment.From(label).Replace("-", ".", StringComparison.Ordinal)}@{domain}"));
            }

            if (_random.Next(5) == 0)
            {
                values.Add(BlockValue.TextArea("note", "Dosegljivi smo v času uradnih ur, izven njih pustite sporočilo."));
            }

            blocks.Add((NextGuid(), values));
        }

        return PropertyValues.BlockList(schema.ContactPointKey, blocks);
    }

    private string OpeningHours()
    {
        var blocks = new List<(Guid, IReadOnlyList<BlockValue>)>();
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            var first = _random.Next(Math.Min(5, schema.Days.Count));
            var days = schema.Days.Skip(first).Take(_random.Next(1, 6 - first)).ToArray();
            var opens = _random.Next(7, 10);
            blocks.Add((NextGuid(),
            [
                BlockValue.DropDown("kind", Pick(schema.OpeningHoursKinds)),
                BlockValue.CheckBoxes("days", days),
                BlockValue.Text("opens", $"{opens:00}:00"),
                BlockValue.Text("closes", $"{opens + _random.Next(3, 9):00}:00"),
            ]));
        }

        return PropertyValues.BlockList(schema.OpeningHoursKey, blocks);
    }
}
