using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// Counts a task's effort the way the back-office review did (§2): clicks and ticks, fields filled (text, select),
/// sentences typed, and round trips (page loads plus posts, in the background too). The human time is the review's
/// estimate: 1.5 s per click, 3 s per short field, 15 s per sentence, 2 s per round trip. The automation's own time is
/// not a human time and is not used.
/// </summary>
public sealed class TaskEffort
{
    private readonly IPage _page;

    public TaskEffort(IPage page)
    {
        _page = page;
        page.Load += (_, _) => PageLoads++;
        page.Request += (_, request) =>
        {
            // The session's keep-alive is not the editor's doing.
            if (request.Method == "POST" && request.ResourceType == "fetch" && !request.Url.Contains("/session/", StringComparison.Ordinal))
            {
                BackgroundPosts++;
            }
        };
    }

    public int Clicks { get; private set; }

    public int ShortFields { get; private set; }

    public int Sentences { get; private set; }

    public int PageLoads { get; private set; }

    public int BackgroundPosts { get; private set; }

    public int Fields => ShortFields + Sentences;

    public int RoundTrips => PageLoads + BackgroundPosts;

    public double Seconds => (1.5 * Clicks) + (3 * ShortFields) + (15 * Sentences) + (2 * RoundTrips);

    public async Task ClickAsync(string selector)
    {
        await _page.Locator(selector).ClickAsync();
        Clicks++;
    }

    public async Task ClickAsync(ILocator locator)
    {
        await locator.ClickAsync();
        Clicks++;
    }

    /// <summary>A click that loads a page: waits for an address containing <paramref name="urlPart"/>.</summary>
    public async Task FollowAsync(ILocator locator, string urlPart)
    {
        var before = _page.Url;
        await ClickAsync(locator);
        await _page.UntilUrlAsync(url => url != before && url.Contains(urlPart, StringComparison.Ordinal));
    }

    /// <summary>Text typed into a field: a sentence when it reads as one (ends with a full stop), else a short field.</summary>
    public async Task FillAsync(string selector, string text)
    {
        await _page.FillAsync(selector, text);
        Count(text);
    }

    /// <summary>Rich text: a click into the editor area, then typing.</summary>
    public async Task TypeRichTextAsync(string fieldSelector, string text)
    {
        await ClickAsync(_page.Locator(fieldSelector + " .rte-area"));
        await _page.Keyboard.TypeAsync(text);
        Count(text);
    }

    public async Task SelectAsync(string selector, int index)
    {
        await _page.Locator(selector).SelectOptionAsync(new SelectOptionValue { Index = index });
        ShortFields++;
    }

    public async Task TickAsync(string selector)
    {
        await _page.Locator(selector).CheckAsync();
        Clicks++;
    }

    public override string ToString() => Describe(Counts());

    /// <summary>Ends a step: the counts since the previous mark, as a line for the test output.</summary>
    public string Mark(string step)
    {
        var now = Counts();
        var line = $"{step}: " + Describe(now with
        {
            Clicks = now.Clicks - _mark.Clicks, ShortFields = now.ShortFields - _mark.ShortFields, Sentences = now.Sentences - _mark.Sentences,
            PageLoads = now.PageLoads - _mark.PageLoads, BackgroundPosts = now.BackgroundPosts - _mark.BackgroundPosts,
        });
        _mark = now;
        return line;
    }

    private Tally _mark = new(0, 0, 0, 0, 0);

    private sealed record Tally(int Clicks, int ShortFields, int Sentences, int PageLoads, int BackgroundPosts);

    private Tally Counts() => new(Clicks, ShortFields, Sentences, PageLoads, BackgroundPosts);

    private static string Describe(Tally t)
    {
        var roundTrips = t.PageLoads + t.BackgroundPosts;
        var seconds = (1.5 * t.Clicks) + (3 * t.ShortFields) + (15 * t.Sentences) + (2 * roundTrips);
        return $"{t.Clicks} clicks, {t.ShortFields + t.Sentences} fields ({t.Sentences} sentences), {roundTrips} round trips "
            + $"({t.PageLoads} page loads, {t.BackgroundPosts} in the background), ~{seconds / 60:0.0} min";
    }

    private void Count(string text)
    {
        if (text.TrimEnd().EndsWith('.'))
        {
            Sentences++;
        }
        else
        {
            ShortFields++;
        }
    }
}
