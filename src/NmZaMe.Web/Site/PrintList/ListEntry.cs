namespace NmZaMe.Web.Site.PrintList;

/// <summary>What the add/remove link of one service needs: its list id, its name (for screen readers) and the page's words.</summary>
public sealed record ListEntry(string ShortId, string Name, BrowseTexts Words)
{
    public ListEntry(Guid key, string name, SiteLanguage language)
        : this(ChosenList.ShortId(key), name, BrowseTexts.For(language))
    {
    }

    /// <summary>The element a reload returns to, so adding without JavaScript does not lose the reader's place.</summary>
    public string Anchor => "card-" + ShortId;
}
