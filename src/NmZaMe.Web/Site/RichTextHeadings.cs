using System.Text.RegularExpressions;

namespace NmZaMe.Web.Site;

/// <summary>
/// Fits the headings of editors' rich text into the page's outline when it is rendered: the text's highest heading
/// becomes <c>top</c> and each lower level the next one, so a body that starts at h3 under the page's h1 reads
/// h2, h3 … without a skipped level. The stored content is left as the editor wrote it.
/// </summary>
public static partial class RichTextHeadings
{
    public static Localized? Fit(Localized? text, int top) =>
        text is { IsHtml: true } ? text with { Value = Fit(text.Value, top) } : text;

    public static string Fit(string markup, int top)
    {
        var levels = Heading().Matches(markup).Select(m => m.Groups["level"].Value[0] - '0').Distinct().Order().ToArray();
        if (levels.Length == 0)
        {
            return markup;
        }

        var map = new int[7];
        for (var i = 0; i < levels.Length; i++)
        {
            map[levels[i]] = Math.Min(6, top + i);
        }

        if (levels.All(l => map[l] == l))
        {
            return markup;
        }

        return Heading().Replace(markup, m => "<" + m.Groups["close"].Value + "h" + map[m.Groups["level"].Value[0] - '0']);
    }

    // Rich text is sanitised when it is saved, so a heading tag is always a plain <hN …> or </hN>.
    [GeneratedRegex("<(?<close>/?)h(?<level>[1-6])(?=[\\s>/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}
