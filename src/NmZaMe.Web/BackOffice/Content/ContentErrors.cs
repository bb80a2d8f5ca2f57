using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Content;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>
/// The back office's words for the codes content and scheduling use cases return, with <c>{0}</c> for their
/// arguments. The Slovenian text is also the key of its English translation in <c>Localization/editor.en.json</c>, as
/// everywhere in the back office; <see cref="Localization.BackOfficeText"/> puts them together.
/// </summary>
public static class ContentErrors
{
    /// <summary>Code → Slovenian words.</summary>
    public static IReadOnlyDictionary<string, string> Slovenian { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [PickerTypes.NotAllowed] = "Izbrana datoteka ali vsebina ni vrste, ki jo to polje sprejme.",
        [PickerTypes.NotAllowedInBlock] = "V bloku je v polju »{0}« izbrana datoteka ali vsebina, ki ni vrste, ki jo to polje sprejme.",
        [Review.WithoutContactChannel] = "Datum preverjanja lahko vpišete le pri vnosu, ki ima svoj telefon, e-pošto ali naslov (ulico). Dodajte kontakt ali izbrišite datum »Nazadnje preverjeno«.",
        [ContentCodes.Conflict] = "Nekdo drug je medtem shranil to vsebino.",
        [ContentCodes.UnknownType] = "Vrsta vsebine »{0}« ne obstaja.",
        [ContentCodes.ParentMissing] = "Nadrejena vsebina ne obstaja.",
        [ContentCodes.NotAllowedUnder] = "»{0}« ni dovoljena pod »{1}«.",
        [ContentCodes.NotAllowedAtRoot] = "»{0}« ne sme biti v korenu.",
        [ContentCodes.TypeNotAllowedAtRoot] = "Ta vrsta vsebine ne sme biti v korenu.",
        [ContentCodes.TypeNotAllowedUnderParent] = "Ta vrsta vsebine ni dovoljena pod izbrano nadrejeno vsebino.",
        [ContentCodes.UnknownCulture] = "Jezik »{0}« ni nastavljen.",
        [ContentCodes.CultureNotOnItem] = "Jezik »{0}« ni nastavljen za to vsebino.",
        [ContentCodes.CultureNotAllowed] = "Jezika {0} ne smete urejati ali objavljati: vaše skupine ga ne dovolijo. Nič ni shranjeno.",
        [ContentCodes.NameRequired] = "Ime je obvezno.",
        [ContentCodes.NameTooLong] = "Ime je lahko dolgo največ {0} znakov.",
        [ContentCodes.UnknownProperty] = "Lastnost »{0}« ne obstaja na vrsti »{1}«.",
        [ContentCodes.ChooseCultureToPublish] = "Izberite jezik, ki ga želite objaviti.",
        [ContentCodes.NoteTooLong] = "Opomba je lahko dolga največ {0} znakov.",
        [ContentCodes.OriginalParentGone] = "Prvotna nadrejena vsebina ne obstaja več ali je v košu. Izberite, kam naj se vsebina obnovi.",
        [ContentCodes.MoveIntoItself] = "Vsebine ni mogoče premakniti vase ali pod njene podrejene.",
        [ContentCodes.CopyIntoItself] = "Vsebine s podrejenimi ni mogoče kopirati vase ali pod njene podrejene.",
        [ContentCodes.VersionWithoutName] = "Ta različica nima imena in je ni mogoče povrniti.",
        [ContentCodes.BranchChanged] = "Vsebina ali katera od podrejenih, ki naj bi jih objavili, se je po prošnji spremenila ali je ni več. Nič ni objavljeno; zavrnite prošnjo, da avtor pošlje novo.",
        [ContentCodes.ChildrenChanged] = "Seznam podrejenih se je medtem spremenil. Preverite vrstni red in shranite znova.",
        [ContentCodes.NotFoundOrTrashed] = "Vsebina ne obstaja ali je v košu.",
        [ContentCodes.PublishInPast] = "Čas objave mora biti v prihodnosti.",
        [ContentCodes.UnpublishInPast] = "Čas preklica objave mora biti v prihodnosti.",
        [ContentCodes.UnpublishBeforePublish] = "Preklic objave mora biti po objavi.",
    };
}
