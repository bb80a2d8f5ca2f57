namespace NmZaMe.Cms.Search.Understanding;

/// <summary>
/// One lexicon entry as editors keep it (a published <c>layTerm</c> item): lay phrases per culture and in the
/// neighbouring languages people in Novo mesto also write (Croatian, Serbian, Bosnian), the catalogue's own terms per
/// culture, and the life situations the need belongs to. A two-way entry is a synonym group: its terms are lay
/// phrases too, and its lay phrases may be found in the content.
/// </summary>
public sealed record LayTerm(
    Guid Key,
    string Name,
    IReadOnlyDictionary<string, string[]> Phrases,
    string[] OtherPhrases,
    IReadOnlyDictionary<string, string[]> Terms,
    IReadOnlyList<Guid> LifeChallenges,
    bool TwoWay);
