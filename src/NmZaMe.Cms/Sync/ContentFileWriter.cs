using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Sync;

/// <summary>Writes a <see cref="ContentFile"/> in uSync v17's Content/Media format (properties sorted by alias, values in CDATA).</summary>
public static class ContentFileWriter
{
    public static XDocument ToXml(ContentFile file, string parentName, string path)
    {
        var names = new XElement("NodeName", new XAttribute("Default", file.Names.GetValueOrDefault(string.Empty) ?? file.Names.Values.First()));
        foreach (var (culture, name) in file.Names.Where(n => n.Key.Length > 0).OrderBy(n => n.Key, StringComparer.OrdinalIgnoreCase))
        {
            names.Add(new XElement("Name", new XAttribute("Culture", culture), name));
        }

        var published = new XElement("Published", new XAttribute("Default", file.PublishedCultures.Count > 0 ? "true" : "false"));
        foreach (var culture in file.Names.Keys.Where(k => k.Length > 0).OrderBy(k => k, StringComparer.OrdinalIgnoreCase))
        {
            published.Add(new XElement("Published", new XAttribute("Culture", culture), file.PublishedCultures.Contains(culture) ? "true" : "false"));
        }

        var info = new XElement("Info",
            new XElement("Parent", new XAttribute("Key", file.ParentKey), parentName),
            new XElement("Path", path),
            file.Trashed && file.TrashedParentKey is { } tp ? new XElement("Trashed", new XAttribute("Parent", tp), "true") : new XElement("Trashed", file.Trashed ? "true" : "false"),
            new XElement("ContentType", file.ContentTypeAlias),
            new XElement("CreateDate", file.CreateDate.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)),
            names,
            new XElement("SortOrder", file.SortOrder));
        if (file.Kind == ContentKind.Document)
        {
            var schedule = new XElement("Schedule");
            foreach (var entry in file.Schedules.OrderBy(e => e.Date).ThenBy(e => e.Culture, StringComparer.OrdinalIgnoreCase))
            {
                // uSync's shape; the date carries its zone, since ours are UTC where Umbraco writes server time.
                schedule.Add(new XElement("ContentSchedule",
                    new XElement("Culture", entry.Culture),
                    new XElement("Action", entry.Action == ScheduleAction.Publish ? "Release" : "Expire"),
                    new XElement("Date", DateTime.SpecifyKind(entry.Date, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture))));
            }

            info.Add(published, schedule, new XElement("Template"));
        }

        var properties = new XElement("Properties");
        foreach (var (alias, byCulture) in file.Values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            var element = new XElement(alias);
            foreach (var (culture, value) in byCulture.OrderBy(v => v.Key, StringComparer.OrdinalIgnoreCase))
            {
                var v = new XElement("Value", new XCData(value));
                if (culture.Length > 0)
                {
                    v.Add(new XAttribute("Culture", culture));
                }

                element.Add(v);
            }

            properties.Add(element);
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(file.Kind == ContentKind.Media ? "Media" : "Content",
                new XAttribute("Key", file.Key),
                new XAttribute("Alias", file.Names.GetValueOrDefault(string.Empty) ?? file.Names.Values.First()),
                new XAttribute("Level", file.Level),
                info,
                properties));
    }

    public static void Save(XDocument document, string fileName)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(fileName)!);
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var writer = XmlWriter.Create(fileName, settings);
        document.Save(writer);
    }

    /// <summary>uSync's flat file name: the safe node name, with the key's first 8 characters appended on a clash.</summary>
    public static string FileName(ContentFile file, ISet<string> used)
    {
        var name = UrlSegment.From(file.Names.GetValueOrDefault(string.Empty) ?? file.Names.Values.First());
        if (!used.Add(name))
        {
            name = $"{name}_{file.Key.ToString("N")[..8]}";
            used.Add(name);
        }

        return name + ".config";
    }
}
