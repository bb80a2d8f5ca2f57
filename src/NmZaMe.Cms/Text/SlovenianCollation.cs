using System.Globalization;

namespace NmZaMe.Cms.Text;

/// <summary>Name ordering as a Slovenian reader expects it (c &lt; č &lt; d, s &lt; š &lt; t, z &lt; ž), case-insensitive.</summary>
public static class SlovenianCollation
{
    public static StringComparer Comparer { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("sl-SI"), CompareOptions.IgnoreCase);
}
