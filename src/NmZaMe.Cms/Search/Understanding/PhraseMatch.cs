namespace NmZaMe.Cms.Search.Understanding;

/// <summary>
/// A lexicon phrase found in a query: which entry, where (characters), how many words, whether in the site's culture,
/// and whether its words came in another order or with other words between them. A concept scattered over a sentence
/// (<see cref="LayLexicon"/>.FindScattered) names the starts of its own words (<paramref name="At"/>): the words between
/// them are not the phrase's.
/// </summary>
public readonly record struct PhraseMatch(int Entry, int Start, int End, int Words, bool OwnCulture, bool Loose = false, int[]? At = null)
{
    /// <summary>Whether the query word starting at this character is one of the phrase's words.</summary>
    public bool Covers(int start) => At is null ? start >= Start && start < End : Array.IndexOf(At, start) >= 0;

    public bool Overlaps(PhraseMatch other) =>
        At is not null ? At.Any(other.Covers)
        : other.At is not null ? other.At.Any(Covers)
        : Start < other.End && other.Start < End;
}
