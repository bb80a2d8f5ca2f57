using System.Collections.Frozen;

namespace NmZaMe.Cms.Search;

/// <summary>
/// Pruned stop-word lists (diacritic-folded). Only function words that never carry the meaning of a query; words
/// like "ne", "brez", "sam" or "nimam" stay, because "brez doma" or "nimam denarja" mean something.
/// </summary>
public static class StopWords
{
    public static readonly FrozenSet<string> Slovenian = new[]
    {
        "in", "ali", "ter", "pa", "a", "oz", "oziroma", "ki", "da", "ce", "ko", "kot", "ker",
        "je", "so", "sem", "si", "smo", "ste", "sta", "bo", "bi", "ni", "biti", "bil", "bila", "bilo", "bili",
        "v", "na", "za", "z", "s", "k", "h", "o", "od", "do", "po", "pri", "iz", "pod", "nad", "med", "pred", "cez",
        "se", "si", "me", "mi", "te", "ti", "ga", "mu", "jo", "ji", "jih", "jim", "nas", "vas", "jaz", "ti", "on", "ona", "ono",
        "to", "ta", "tega", "temu", "tem", "tisto", "tudi", "se", "ze", "zelo", "lahko", "kaj", "kje", "kako", "kdo", "kdaj",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> English = new[]
    {
        "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "from", "with", "about",
        "is", "are", "am", "be", "was", "were", "i", "me", "my", "we", "our", "you", "your", "it", "its", "this", "that", "there",
        "what", "where", "how", "who", "can", "do", "does",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsStopWord(string folded, string culture) =>
        culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English.Contains(folded) : Slovenian.Contains(folded);
}
