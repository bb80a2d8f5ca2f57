using System.IO.Hashing;
using System.Text;

namespace NmZaMe.Cms.Search;

/// <summary>
/// The version of what shapes an index on disk: how documents are stored and how text is analysed. An index written
/// under another version is not even read; one written under this version is reused by any later build of the
/// application, so a deployment does not re-analyse the whole catalogue (minutes at 100,000 services) unless search
/// itself changed.
/// </summary>
public static class SearchIndexVersion
{
    /// <summary>Bump when what is stored per document, the tables or the facet encoding change shape.</summary>
    public const int Format = 3;

    /// <summary>
    /// Bump when text is analysed differently: folding, tokenising, stop words, a stemmer, synonym rules, the fields
    /// that are indexed or their weights. <see cref="Current"/> also carries a fingerprint of the analyzer's output on
    /// a fixed probe text, which catches many such changes even when this is forgotten, but not all.
    /// </summary>
    public const int Analyzer = 4;

    // Words that exercise folding, stop words and both stemmers' common rules.
    private const string Probe = "Pomoč na domu za starejše osebe, ki živijo sami; brezplačno svetovanje in dnevni centri. "
        + "Đurđa, ćevapčiči, Šolske potrebščine. The elderly living alone get free counselling and day centres.";

    /// <summary>Format, analyzer version and fingerprint, e.g. <c>3.1.9f2c…</c>; nothing in it depends on the build.</summary>
    public static string Current { get; } = $"{Format}.{Analyzer}.{Fingerprint()}";

    private static string Fingerprint()
    {
        var analysed = new StringBuilder();
        foreach (var culture in new[] { "sl-SI", "en-US" })
        {
            foreach (var token in TextAnalyzer.Analyze(Probe, culture))
            {
                analysed.Append(token.Folded).Append('/').Append(token.Stem).Append(' ');
            }

            analysed.Append('|');
        }

        return XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(analysed.ToString())).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
