using NmZaMe.Cms.Media;

namespace NmZaMe.Web.BackOffice.Media;

/// <summary>
/// The back office's words for the codes media use cases return, with <c>{0}</c> for their arguments; English in
/// <c>Localization/media.en.json</c>.
/// </summary>
public static class MediaErrors
{
    /// <summary>Code → Slovenian words.</summary>
    public static IReadOnlyDictionary<string, string> Slovenian { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [MediaCodes.FolderMissing] = "Mapa ne obstaja.",
        [MediaCodes.FolderIntoItself] = "Mape ni mogoče premakniti vase ali v njeno podmapo.",
        [MediaCodes.FolderNotEmpty] = "Mapa ni prazna. Najprej premaknite ali izbrišite njeno vsebino.",
        [MediaCodes.InUse] = "Medija ni mogoče izbrisati, ker ga uporablja: {0}. Najprej ga odstranite iz te vsebine.",
        [MediaCodes.FolderNameRequired] = "Vpišite ime mape.",
        [MediaCodes.ChooseFile] = "Izberite datoteko.",
        [MediaCodes.FileTooLarge] = "Datoteka je prevelika: največ {0} MB.",
        [MediaCodes.NoMediaType] = "Vrsta medija ni nastavljena.",
        [MediaCodes.EmptyFile] = "Datoteka je prazna.",
        [MediaCodes.BrokenPdf] = "Dokumenta PDF ni mogoče prebrati: datoteka je poškodovana ali ni pravi PDF.",
        [MediaCodes.Svg] = "Slike SVG niso dovoljene, ker lahko vsebujejo skripte. Shranite sliko kot PNG.",
        [MediaCodes.TypeNotAllowed] = "Vrsta datoteke ni dovoljena. Dovoljene so slike JPEG, PNG, GIF in WebP ter dokumenti PDF.",
        [MediaCodes.BrokenImage] = "Slike ni mogoče prebrati: datoteka je poškodovana ali ni prava slika.",
        [MediaCodes.TooManyPixels] = "Slika je prevelika (več kot 100 milijonov slikovnih pik).",
        [MediaCodes.Markup] = "Slika vsebuje zapis HTML ali skripto, zato ni sprejeta.",
        [MediaCodes.AltTextRequired] = "Opis slike (nadomestno besedilo) je obvezen: bralniki zaslona ga preberejo namesto slike.",
        [MediaCodes.AltTextTooLong] = "Opis slike je lahko dolg največ {0} znakov.",
    };
}
