using NmZaMe.Cms.Spreadsheets;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Spreadsheets;

/// <summary>The back office's words for the import's codes (<see cref="ImportErrors"/>, <see cref="SpreadsheetFileError"/>).</summary>
public static class ImportWords
{
    public static string Error(BackOfficeText t, ImportError error) => error.Code switch
    {
        ImportErrors.MissingColumn => t["Manjka stolpec »{0}«.", error.Column],
        ImportErrors.UnknownColumn => t["Neznan stolpec »{0}«: popravite ime po izvozu ali stolpec izbrišite.", error.Column],
        ImportErrors.DuplicateColumn => t["Stolpec »{0}« je v datoteki dvakrat.", error.Column],
        ImportErrors.UnknownType => t["Vrsta mora biti »organisation« ali »service«."],
        ImportErrors.BadKey => t["Ključ ni veljaven: pustite ga iz izvoza ali, za nov vnos, prazen."],
        ImportErrors.UnknownKey => t["V vašem delu drevesa ni vnosa s tem ključem."],
        ImportErrors.DuplicateKey => t["Isti ključ je že v vrstici {0}.", error.Detail],
        ImportErrors.OtherType => t["Vnos s tem ključem je vrste »{0}«.", error.Detail],
        ImportErrors.UnknownParent => t["Nadrejeni vnos (parent.key) ne obstaja ali ni v vašem delu drevesa."],
        ImportErrors.ParentNotAllowed => t["Ta vrsta vnosa ne sme biti pod tem nadrejenim vnosom."],
        ImportErrors.Move => t["Uvoz vnosov ne premika: premaknite ga v drevesu vsebine ali pustite parent.key, kot je bil."],
        ImportErrors.NameRequired => t["Ime je obvezno."],
        ImportErrors.NameTooLong => t["Ime je lahko dolgo največ 255 znakov."],
        ImportErrors.NoSuchProperty => t["Ta vrsta vnosa te lastnosti nima: celica mora ostati prazna."],
        ImportErrors.UnknownPicked => t["Izbrani vnos {0} ne obstaja.", error.Detail],
        _ => error.Error is { } engine ? t[engine] : t[error.Detail ?? error.Code],
    };

    public static string File(BackOfficeText t, SpreadsheetFileError error) => error switch
    {
        SpreadsheetFileError.Unsupported => t["Datoteka mora biti preglednica XLSX ali CSV."],
        SpreadsheetFileError.Unreadable => t["Datoteke ni mogoče prebrati: CSV mora biti v kodiranju UTF-8, XLSX pa shranjen iz programa za preglednice."],
        SpreadsheetFileError.TooLarge => t["Datoteka ima preveč vrstic: največ {0}.", SpreadsheetFile.MaxRows],
        _ => t["Datoteka je prazna."],
    };

    public static string Action(BackOfficeText t, ImportAction action) => action switch
    {
        ImportAction.Create => t["nov vnos"],
        ImportAction.Change => t["sprememba"],
        ImportAction.Unchanged => t["brez sprememb"],
        _ => t["napake"],
    };

    public static string Type(BackOfficeText t, string alias) => alias switch
    {
        "organisation" => t["organizacija"],
        "service" => t["storitev"],
        _ => alias,
    };
}
