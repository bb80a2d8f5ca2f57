using System.Globalization;

namespace NmZaMe.Web.Site;

/// <summary>
/// The site's words for browsing long lists and acting on them: cards, kinds of help, paging, the list a social worker
/// prints. Typed per language like <see cref="Texts"/>, kept apart so list and card wording changes on its own.
/// </summary>
public sealed class BrowseTexts
{
    public required string KindService { get; init; }
    public required string KindOrganisation { get; init; }
    public required string KindLifeChallenge { get; init; }
    public required string KindNews { get; init; }
    public required string ClosedNow { get; init; }
    public required string ChangeSearch { get; init; }
    public required string FiltersBelow { get; init; }
    public required string Pages { get; init; }
    public required string PageFormat { get; init; }
    public required string ShowingFormat { get; init; }
    public required string Topics { get; init; }
    public required string OtherServices { get; init; }
    public required string AllTopics { get; init; }
    public required string AddToList { get; init; }
    public required string RemoveFromList { get; init; }
    public required string OnList { get; init; }
    public required string ListCountFormat { get; init; }
    public required string OpenList { get; init; }
    public required string ListHint { get; init; }
    public required string ListAdded { get; init; }
    public required string ListRemoved { get; init; }
    public required string ClearList { get; init; }
    public required string PrintedOn { get; init; }
    public required string PrintedFrom { get; init; }
    public required string Notes { get; init; }
    public required string NotesHint { get; init; }
    public required string PrintHowTo { get; init; }
    public required string HomeCall { get; init; }
    public required string ByLetter { get; init; }
    public required string AllLetters { get; init; }
    public required IReadOnlyDictionary<string, string> TopicLabels { get; init; }

    public required CultureInfo Culture { get; init; }

    public string Topic(string stored) => TopicLabels.GetValueOrDefault(stored, stored);

    public string Format(string format, params object[] args) => string.Format(Culture, format, args);

    public static BrowseTexts For(SiteLanguage language) => language.IsDefault ? Slovenian : English;

    public static BrowseTexts For(CultureInfo culture) => culture.Name == "sl-SI" ? Slovenian : English;

    public static readonly BrowseTexts Slovenian = new()
    {
        Culture = CultureInfo.GetCultureInfo("sl-SI"),
        KindService = "Storitev",
        KindOrganisation = "Organizacija",
        KindLifeChallenge = "Življenjska situacija",
        KindNews = "Novica",
        ClosedNow = "Zaprto zdaj",
        ChangeSearch = "Spremenite iskanje",
        FiltersBelow = "Zožite izbor",
        Pages = "Strani",
        PageFormat = "Stran {0}",
        ShowingFormat = "Prikazane so storitve {0}–{1} od {2}.",
        Topics = "Vrste pomoči",
        OtherServices = "Druge storitve",
        AllTopics = "Vse vrste pomoči",
        AddToList = "Dodaj na seznam",
        RemoveFromList = "Odstrani s seznama",
        OnList = "Na seznamu",
        ListCountFormat = "Na vašem seznamu: {0}",
        OpenList = "Odpri seznam za tiskanje",
        ListHint = "Storitve dodajajte na seznam na kateri koli strani. Seznam je samo v naslovu strani, nikjer se ne shrani.",
        ListAdded = "Dodano na seznam.",
        ListRemoved = "Odstranjeno s seznama.",
        ClearList = "Počisti seznam",
        PrintedOn = "Natisnjeno",
        PrintedFrom = "Seznam je pripravila",
        Notes = "Zapiski",
        NotesHint = "Zapiski se natisnejo skupaj s seznamom. Nikamor se ne pošljejo in ne shranijo.",
        PrintHowTo = "Za tiskanje v meniju brskalnika izberite »Natisni« ali pritisnite Ctrl + P (na računalniku Mac Cmd + P). Na telefonu odprite meni brskalnika, izberite »Deli« in nato »Natisni«. Tako lahko seznam shranite tudi kot PDF.",
        HomeCall = "Pokličite nas, pomoč je brezplačna:",
        ByLetter = "Po začetnici",
        AllLetters = "Vse",
        TopicLabels = new Dictionary<string, string>(),
    };

    public static readonly BrowseTexts English = new()
    {
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        KindService = "Service",
        KindOrganisation = "Organisation",
        KindLifeChallenge = "Life situation",
        KindNews = "News",
        ClosedNow = "Closed now",
        ChangeSearch = "Change your search",
        FiltersBelow = "Narrow down the results",
        Pages = "Pages",
        PageFormat = "Page {0}",
        ShowingFormat = "Showing services {0}–{1} of {2}.",
        Topics = "Kinds of help",
        OtherServices = "Other services",
        AllTopics = "All kinds of help",
        AddToList = "Add to my list",
        RemoveFromList = "Remove from my list",
        OnList = "On your list",
        ListCountFormat = "On your list: {0}",
        OpenList = "Open the list to print",
        ListHint = "Add services to the list on any page. The list lives only in the page address; nothing is saved anywhere.",
        ListAdded = "Added to your list.",
        ListRemoved = "Removed from your list.",
        ClearList = "Clear the list",
        PrintedOn = "Printed",
        PrintedFrom = "List prepared by",
        Notes = "Notes",
        NotesHint = "Your notes are printed with the list. They are not sent or saved anywhere.",
        PrintHowTo = "To print, choose \"Print\" in your browser's menu or press Ctrl + P (Cmd + P on a Mac). On a phone, open the browser menu, choose \"Share\" and then \"Print\". This also lets you save the list as a PDF.",
        HomeCall = "Call us – help is free of charge:",
        ByLetter = "By first letter",
        AllLetters = "All",
        TopicLabels = new Dictionary<string, string>
        {
            ["nujna pomoč"] = "emergency help",
            ["informacije in usmerjanje"] = "information and where to start",
            ["svetovanje in podpora"] = "advice and support",
            ["podpora svojcem"] = "support for relatives and carers",
            ["pomoč na domu in dnevno varstvo"] = "help at home and day care",
            ["zdravje in nega"] = "health and care",
            ["denarna pomoč in pravice"] = "money and entitlements",
            ["hrana, oblačila in osnovne potrebe"] = "food, clothes and basic needs",
            ["bivanje in namestitev"] = "housing and accommodation",
            ["pravna pomoč"] = "legal help",
            ["prevoz"] = "transport",
            ["druženje in prosti čas"] = "company and leisure",
            ["učenje in delo"] = "learning and work",
        },
    };
}
