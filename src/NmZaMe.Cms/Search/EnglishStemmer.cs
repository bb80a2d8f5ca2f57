namespace NmZaMe.Cms.Search;

/// <summary>A very light English stemmer for en-US text: plural and common verb endings only (homes → home, helping → help).</summary>
public static class EnglishStemmer
{
    // Adjectives whose meaning is not the verb's: "sheltered work" is a workshop, not a shelter for the night.
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal) { "sheltered" };

    // Irregular plurals of the words people use for whom a service is for: "children" meets "child", "people" meets
    // "person" (the catalogue says "older people" and "persons with disabilities" alike).
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["children"] = "child",
        ["women"] = "woman",
        ["men"] = "man",
        ["people"] = "person",
        ["wives"] = "wife",
    };

    public static string Stem(string word)
    {
        if (Irregular.TryGetValue(word, out var singular))
        {
            return singular;
        }

        if (word.Length <= 3 || word.Any(char.IsDigit) || Kept.Contains(word))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            return word[..^3];
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^2];
        }

        if (word.EndsWith("es", StringComparison.Ordinal) && word.Length > 4 && word[^3] is 's' or 'x' or 'z' or 'h')
        {
            return word[..^2];
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }
}
