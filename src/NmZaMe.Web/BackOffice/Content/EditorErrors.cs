using NmZaMe.Cms.Editors;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>
/// The back office's words for the codes property editors return, with <c>{0}</c> for their arguments; English in
/// <c>Localization/editor.en.json</c>.
/// </summary>
public static class EditorErrors
{
    /// <summary>Code → Slovenian words.</summary>
    public static IReadOnlyDictionary<string, string> Slovenian { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [EditorCodes.NoDataType] = "Lastnost »{0}« nima podatkovnega tipa.",
        [EditorCodes.Mandatory] = "Vrednost je obvezna.",
        [EditorCodes.Pattern] = "Vrednost ni v pravi obliki.",
        [EditorCodes.NotTrueFalse] = "Vrednost mora biti da ali ne.",
        [EditorCodes.NotInteger] = "Vnesite celo število.",
        [EditorCodes.NotDecimal] = "Vnesite število, npr. 45,8033.",
        [EditorCodes.NumberTooSmall] = "Število mora biti vsaj {0}.",
        [EditorCodes.NumberTooLarge] = "Število je lahko največ {0}.",
        [EditorCodes.NotDate] = "Vnesite datum v obliki LLLL-MM-DD, npr. 2026-05-04.",
        [EditorCodes.ControlCharacters] = "Besedilo vsebuje nedovoljene kontrolne znake.",
        [EditorCodes.TextTooLong] = "Besedilo je predolgo: dovoljenih je največ {0} znakov, vnesenih {1}.",
        [EditorCodes.NotEmail] = "Vnesite veljaven e-poštni naslov, npr. ime@primer.si.",
        [EditorCodes.RichTextMalformed] = "Besedilo ni v pravi obliki.",
        [EditorCodes.RichTextTooLong] = "Besedilo je predolgo.",
        [EditorCodes.NotList] = "Vrednost ni veljaven seznam.",
        [EditorCodes.NotAllowedValue] = "Vrednost »{0}« ni med dovoljenimi: {1}.",
        [EditorCodes.TagTooLong] = "Oznaka »{0}…« je predolga.",
        [EditorCodes.OnlyOneValue] = "Izberete lahko samo eno vrednost.",
        [EditorCodes.UploadOutsideMedia] = "Pot do datoteke mora biti v mapi /media/.",
        [EditorCodes.NotDocument] = "Izbrana vsebina ni veljavna (pričakovan je umb://document/…).",
        [EditorCodes.NotPickable] = "»{0}« ni veljavna izbira vsebine.",
        [EditorCodes.PickAtLeast] = "Izberite vsaj {0}.",
        [EditorCodes.PickAtMost] = "Izberete lahko največ {0}.",
        [EditorCodes.NotMedia] = "Izbrana datoteka ni veljavna.",
        [EditorCodes.OnlyOneMedia] = "Izberete lahko samo eno datoteko.",
        [EditorCodes.LinksMalformed] = "Povezave niso v pravi obliki.",
        [EditorCodes.UnknownLinkType] = "Neznana vrsta povezave »{0}«.",
        [EditorCodes.LinkNotAllowed] = "Povezava »{0}« ni dovoljena. Uporabite naslov, ki se začne s https://, mailto: ali tel:.",
        [EditorCodes.LinkWithoutDocument] = "Povezava na vsebino nima izbrane vsebine.",
        [EditorCodes.LinkTitleTooLong] = "Naslov povezave je predolg.",
        [EditorCodes.TooManyLinks] = "Dodate lahko največ {0} povezav.",
        [EditorCodes.BlocksMalformed] = "Bloki niso v pravi obliki.",
        [EditorCodes.BlockWithoutContent] = "Blok {0} nima vsebine.",
        [EditorCodes.BlockTwice] = "Blok {0} je v seznamu dvakrat.",
        [EditorCodes.TooManyBlocks] = "Dodate lahko največ {0} blokov.",
        [EditorCodes.BlockUnknownType] = "Blok {0}: neznan tip elementa.",
        [EditorCodes.BlockTypeNotAllowed] = "Blok {0}: tip »{1}« tukaj ni dovoljen.",
        [EditorCodes.BlockUnknownCulture] = "Blok {0}, {1}: jezik »{2}« ni nastavljen.",
        [EditorCodes.BlockExposedInUnknownCulture] = "Blok je prikazan v jeziku »{0}«, ki ni nastavljen.",
        [EditorCodes.BlockValue] = "Blok {0}, {1}: {2}",
        [EditorCodes.BlockCultureValue] = "Blok {0}, {1} ({2}): {3}",
    };
}
