using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace NmZaMe.Web.BackOffice.Localization;

/// <summary>
/// English for the back office's Slovenian texts, read from every embedded <c>Localization/*.en.json</c> (one file per
/// feature, a flat object from the Slovenian text to the English). Slovenian is the source language, so a text
/// without a translation still reads correctly to the office's staff.
/// </summary>
public sealed class BackOfficeDictionary
{
    public const string Suffix = ".en.json";

    public BackOfficeDictionary()
    {
        var assembly = typeof(BackOfficeDictionary).Assembly;
        var english = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal)))
        {
            foreach (var (sl, en) in Read(assembly, name))
            {
                if (!english.TryAdd(sl, en) && english[sl] != en)
                {
                    throw new InvalidOperationException($"{name} translates »{sl}« differently from another dictionary.");
                }
            }
        }

        English = english.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public const string ResourcePrefix = "NmZaMe.Web.BackOffice.Localization.";

    public FrozenDictionary<string, string> English { get; }

    private static Dictionary<string, string> Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"{name} is not a JSON object of texts.");
    }
}
