using NmZaMe.Cms.Catalogue;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>
/// The back office's words for the error codes content use cases return (older rules still return a Slovenian
/// sentence, which passes through). The Slovenian text is also the key of its English translation in
/// <c>Localization/editor.en.json</c>, as everywhere in the back office.
/// </summary>
public static class ContentErrors
{
    /// <summary>Code → Slovenian words.</summary>
    public static IReadOnlyDictionary<string, string> Slovenian { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [NmZaMe.Cms.Content.PickerTypes.NotAllowed] = "Izbrana datoteka ali vsebina ni vrste, ki jo to polje sprejme.",
        [Review.WithoutContactChannel] = "Datum preverjanja lahko vpišete le pri vnosu, ki ima svoj telefon, e-pošto ali naslov (ulico). Dodajte kontakt ali izbrišite datum »Nazadnje preverjeno«.",
    };

    public static string Words(string codeOrSentence) => Slovenian.GetValueOrDefault(codeOrSentence, codeOrSentence);
}
