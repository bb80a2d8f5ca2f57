using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Sync;

/// <summary>Turns uSync v17 Language, DataType and ContentType files into schema records, collecting every problem with its file.</summary>
public static class SchemaReader
{
    public static Language? ReadLanguage(USyncFile file, List<string> errors)
    {
        var root = file.Root;
        if (root.Name.LocalName != "Language")
        {
            errors.Add($"{file.RelativePath}: expected a <Language> element, found <{root.Name.LocalName}>.");
            return null;
        }

        var iso = root.Text("IsoCode") ?? file.Alias;
        if (string.IsNullOrWhiteSpace(iso) || !Regex.IsMatch(iso, "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$"))
        {
            errors.Add($"{file.RelativePath}: IsoCode '{iso}' is not a culture code.");
            return null;
        }

        var key = file.Key != Guid.Empty ? file.Key : DeterministicKey("language:" + iso.ToLowerInvariant());
        return new Language(key, iso, root.Text("CultureName") ?? iso, root.Bool("IsDefault"), root.Bool("IsMandatory"),
            string.IsNullOrWhiteSpace(root.Text("Fallback")) ? null : root.Text("Fallback"));
    }

    public static DataType? ReadDataType(USyncFile file, List<string> errors)
    {
        var root = file.Root;
        if (root.Name.LocalName != "DataType")
        {
            errors.Add($"{file.RelativePath}: expected a <DataType> element, found <{root.Name.LocalName}>.");
            return null;
        }

        if (file.Key == Guid.Empty)
        {
            errors.Add($"{file.RelativePath}: the Key attribute is missing or not a GUID.");
            return null;
        }

        var info = root.Element("Info");
        var editor = info.Text("EditorAlias");
        if (string.IsNullOrWhiteSpace(editor))
        {
            errors.Add($"{file.RelativePath}: <EditorAlias> is missing.");
            return null;
        }

        JsonObject config;
        try
        {
            var text = root.Element("Config")?.Value;
            config = string.IsNullOrWhiteSpace(text) ? [] : JsonNode.Parse(text) as JsonObject ?? throw new JsonException("the config is not a JSON object");
        }
        catch (JsonException e)
        {
            errors.Add($"{file.RelativePath}: <Config> is not valid JSON ({e.Message}).");
            return null;
        }

        return new DataType(file.Key, info.Text("Name") ?? file.Alias, editor.Trim(), info.Text("EditorUIAlias") ?? string.Empty, config);
    }

    public static ContentType? ReadContentType(USyncFile file, List<string> errors, ContentKind kind = ContentKind.Document)
    {
        var root = file.Root;
        var expected = kind == ContentKind.Media ? "MediaType" : "ContentType";
        if (root.Name.LocalName != expected)
        {
            errors.Add($"{file.RelativePath}: expected a <{expected}> element, found <{root.Name.LocalName}>.");
            return null;
        }

        if (file.Key == Guid.Empty || string.IsNullOrWhiteSpace(file.Alias))
        {
            errors.Add($"{file.RelativePath}: the Key and Alias attributes are required.");
            return null;
        }

        if (!Regex.IsMatch(file.Alias, "^[a-zA-Z][a-zA-Z0-9_]*$"))
        {
            errors.Add($"{file.RelativePath}: alias '{file.Alias}' must start with a letter and contain only letters, digits and underscores.");
            return null;
        }

        var info = root.Element("Info");
        var variations = ParseVariations(info.Text("Variations"), file, errors);
        var tabs = root.Element("Tabs")?.Elements("Tab").Select(t => new ContentTypeTab(
            Guid.TryParse(t.Text("Key"), out var k) ? k : Guid.Empty, t.Text("Alias") ?? string.Empty, t.Text("Caption") ?? string.Empty,
            t.Text("Type") ?? "Tab", t.Int("SortOrder"))).ToArray() ?? [];

        var properties = new List<PropertyType>();
        foreach (var p in root.Element("GenericProperties")?.Elements("GenericProperty") ?? [])
        {
            var alias = p.Text("Alias") ?? string.Empty;
            if (!Regex.IsMatch(alias, "^[a-zA-Z][a-zA-Z0-9_]*$"))
            {
                errors.Add($"{file.RelativePath}: property alias '{alias}' is not valid.");
                continue;
            }

            if (!Guid.TryParse(p.Text("Definition"), out var definition))
            {
                errors.Add($"{file.RelativePath}: property '{alias}' has no data type (<Definition> is not a GUID).");
                continue;
            }

            var regex = p.Text("Validation");
            if (!string.IsNullOrEmpty(regex))
            {
                try
                {
                    _ = new Regex(regex, RegexOptions.None, TimeSpan.FromMilliseconds(100));
                }
                catch (ArgumentException e)
                {
                    errors.Add($"{file.RelativePath}: property '{alias}' has an invalid validation pattern ({e.Message}).");
                    continue;
                }
            }

            var tab = p.Element("Tab");
            properties.Add(new PropertyType(
                Guid.TryParse(p.Text("Key"), out var pk) ? pk : Guid.Empty, alias, p.Text("Name") ?? alias, definition,
                p.Text("Type") ?? string.Empty, p.Bool("Mandatory"), string.IsNullOrEmpty(regex) ? null : regex,
                NullIfEmpty(p.Text("Description")), p.Int("SortOrder"), (string?)tab?.Attribute("Alias"), tab?.Value,
                ParseVariations(p.Text("Variations"), file, errors), NullIfEmpty(p.Text("MandatoryMessage")),
                NullIfEmpty(p.Text("ValidationRegExpMessage")), p.Bool("LabelOnTop")));
        }

        var duplicate = properties.GroupBy(p => p.Alias, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            errors.Add($"{file.RelativePath}: property alias '{duplicate.Key}' is used more than once.");
        }

        return new ContentType(
            file.Key, file.Alias, info.Text("Name") ?? file.Alias, info.Text("Icon") ?? "icon-document", NullIfEmpty(info.Text("Description")),
            info.Bool("AllowAtRoot"), info.Bool("IsElement"), variations,
            References(info?.Element("Compositions"), "Composition"), References(root.Element("Structure"), expected),
            properties, tabs, NullIfEmpty(info.Text("Folder")), kind);
    }

    private static IReadOnlyList<ContentTypeReference> References(XElement? parent, string name) =>
        parent?.Elements(name).Select((e, i) => new ContentTypeReference(
            Guid.TryParse((string?)e.Attribute("Key"), out var k) ? k : Guid.Empty, e.Value.Trim(),
            int.TryParse((string?)e.Attribute("SortOrder"), out var s) ? s : i)).ToArray() ?? [];

    private static Variations ParseVariations(string? text, USyncFile file, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Variations.Nothing;
        }

        if (Enum.TryParse<Variations>(text.Trim(), true, out var v))
        {
            return v;
        }

        errors.Add($"{file.RelativePath}: <Variations> value '{text}' is not one of Nothing, Culture, Segment, CultureAndSegment.");
        return Variations.Nothing;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    internal static Guid DeterministicKey(string name)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("nmzame:" + name));
        return new Guid(hash.AsSpan(0, 16));
    }
}
