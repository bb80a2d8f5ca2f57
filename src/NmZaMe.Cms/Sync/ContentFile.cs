using System.Globalization;
using System.Xml.Linq;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Sync;

/// <summary>A pending publish (uSync's <c>Release</c>) or unpublish (<c>Expire</c>) of a culture ("" for all), in UTC.</summary>
public sealed record ContentFileSchedule(string Culture, ScheduleAction Action, DateTime Date);

/// <summary>A uSync v17 Content or Media file as data: tree position, names and publish state per culture, stored values.</summary>
public sealed record ContentFile(
    string RelativePath,
    ContentKind Kind,
    Guid Key,
    int Level,
    Guid ParentKey,
    string ContentTypeAlias,
    DateTime CreateDate,
    int SortOrder,
    bool Trashed,
    Guid? TrashedParentKey,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlySet<string> PublishedCultures,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Values)
{
    /// <summary>Pending schedules, as uSync writes them in <c>Info/Schedule</c> (the export left them out, review B14).</summary>
    public IReadOnlyList<ContentFileSchedule> Schedules { get; init; } = [];

    public static ContentFile? Read(USyncFile file, ContentKind kind, List<string> errors)
    {
        var root = file.Root;
        var expected = kind == ContentKind.Media ? "Media" : "Content";
        if (root.Name.LocalName != expected)
        {
            errors.Add($"{file.RelativePath}: expected a <{expected}> element, found <{root.Name.LocalName}>.");
            return null;
        }

        if (file.Key == Guid.Empty)
        {
            errors.Add($"{file.RelativePath}: the Key attribute is missing or not a GUID.");
            return null;
        }

        var info = root.Element("Info");
        var type = info?.Element("ContentType")?.Value.Trim();
        if (string.IsNullOrEmpty(type))
        {
            errors.Add($"{file.RelativePath}: <ContentType> is missing.");
            return null;
        }

        var parentKey = Guid.TryParse((string?)info!.Element("Parent")?.Attribute("Key"), out var pk) ? pk : Guid.Empty;
        var trashedElement = info.Element("Trashed");
        var trashed = bool.TryParse(trashedElement?.Value, out var t) && t;
        Guid? trashedParent = Guid.TryParse((string?)trashedElement?.Attribute("Parent"), out var tp) ? tp : null;

        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var nodeName = info.Element("NodeName");
        foreach (var name in nodeName?.Elements("Name") ?? [])
        {
            if ((string?)name.Attribute("Culture") is { Length: > 0 } culture && name.Value.Trim().Length > 0)
            {
                names[culture] = name.Value.Trim();
            }
        }

        var defaultName = ((string?)nodeName?.Attribute("Default"))?.Trim();
        if (!string.IsNullOrEmpty(defaultName))
        {
            names[string.Empty] = defaultName;
        }

        if (names.Count == 0)
        {
            errors.Add($"{file.RelativePath}: <NodeName> has no name.");
            return null;
        }

        var published = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var publishedElement = info.Element("Published");
        if (bool.TryParse((string?)publishedElement?.Attribute("Default"), out var pd) && pd)
        {
            published.Add(string.Empty);
        }

        foreach (var p in publishedElement?.Elements("Published") ?? [])
        {
            if ((string?)p.Attribute("Culture") is { Length: > 0 } culture && bool.TryParse(p.Value, out var isPublished) && isPublished)
            {
                published.Add(culture);
            }
        }

        var values = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var property in root.Element("Properties")?.Elements() ?? [])
        {
            var byCulture = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var value in property.Elements("Value"))
            {
                var culture = (string?)value.Attribute("Culture") ?? string.Empty;
                if (value.Value.Length > 0)
                {
                    byCulture[culture] = value.Value;
                }
            }

            values[property.Name.LocalName] = byCulture;
        }

        var created = DateTime.TryParse(info.Element("CreateDate")?.Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var c)
            ? DateTime.SpecifyKind(c, DateTimeKind.Utc)
            : DateTime.UtcNow;
        var level = int.TryParse((string?)root.Attribute("Level"), out var l) ? l : 1;
        var sort = int.TryParse(info.Element("SortOrder")?.Value, out var so) ? so : 0;

        return new ContentFile(file.RelativePath, kind, file.Key, level, parentKey, type, created, sort, trashed, trashedParent, names, published, values)
        {
            Schedules = ReadSchedules(info.Element("Schedule")),
        };
    }

    private static List<ContentFileSchedule> ReadSchedules(XElement? schedule)
    {
        var result = new List<ContentFileSchedule>();
        foreach (var entry in schedule?.Elements("ContentSchedule") ?? [])
        {
            var action = entry.Element("Action")?.Value.Trim() switch
            {
                "Release" => ScheduleAction.Publish,
                "Expire" => ScheduleAction.Unpublish,
                _ => (ScheduleAction?)null,
            };
            if (action is { } a && DateTime.TryParse(entry.Element("Date")?.Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
            {
                result.Add(new ContentFileSchedule(entry.Element("Culture")?.Value.Trim() ?? string.Empty, a, DateTime.SpecifyKind(date, DateTimeKind.Utc)));
            }
        }

        return result;
    }
}
