using System.Security.Cryptography;
using System.Xml;
using System.Xml.Linq;

namespace NmZaMe.Cms.Sync;

/// <summary>One .config file of a uSync folder, parsed, with the hash that makes re-imports idempotent.</summary>
public sealed record USyncFile(string RelativePath, XElement Root, string Hash)
{
    public bool IsEmptyMarker => Root.Name.LocalName == "Empty";

    public Guid Key => Guid.TryParse((string?)Root.Attribute("Key"), out var key) ? key : Guid.Empty;

    public string Alias => (string?)Root.Attribute("Alias") ?? string.Empty;

    public static IEnumerable<USyncFile> ReadFolder(string root, string folder, List<string> errors)
    {
        var path = Path.Combine(root, folder);
        if (!Directory.Exists(path))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(path, "*.config", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            USyncFile? parsed = null;
            try
            {
                var bytes = File.ReadAllBytes(file);
                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
                using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
                var document = XDocument.Load(reader);
                parsed = new USyncFile(relative, document.Root!, Convert.ToHexString(SHA256.HashData(bytes)));
            }
            catch (XmlException e)
            {
                errors.Add($"{relative}: not well-formed XML ({e.Message})");
            }
            catch (IOException e)
            {
                errors.Add($"{relative}: cannot be read ({e.Message})");
            }

            if (parsed is not null)
            {
                yield return parsed;
            }
        }
    }
}

internal static class XmlExtensions
{
    public static string? Text(this XElement? element, string name) => element?.Element(name)?.Value;

    public static bool Bool(this XElement? element, string name) =>
        bool.TryParse(element?.Element(name)?.Value?.Trim(), out var b) && b;

    public static int Int(this XElement? element, string name) =>
        int.TryParse(element?.Element(name)?.Value?.Trim(), out var i) ? i : 0;
}
