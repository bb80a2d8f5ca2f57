using System.Globalization;

namespace NmZaMe.Web.Site;

/// <summary>
/// The site's own words in each language (content comes from the snapshot). Typed, so a missing translation is a
/// compile error rather than an empty label on a citizen's screen.
/// </summary>
public sealed class Texts
{
    public required CultureInfo Culture { get; init; }
    public required string SkipToContent { get; init; }
    public required string MainMenu { get; init; }
    public required string YouAreHere { get; init; }
    public required string Home { get; init; }
    public required string LifeChallenges { get; init; }
    public required string Organisations { get; init; }
    public required string News { get; init; }
    public required string AllNews { get; init; }
    public required string Search { get; init; }
    public required string LanguageSwitch { get; init; }
    public required string SearchQuestion { get; init; }
    public required string SearchHint { get; init; }
    public required string SearchButton { get; init; }
    public required string ChooseLifeChallenge { get; init; }
    public required string OfficeHeading { get; init; }
    public required string OfficeInvitation { get; init; }
    public required string Services { get; init; }
    public required string Filters { get; init; }
    public required string TargetGroup { get; init; }
    public required string Municipality { get; init; }
    public required string Cost { get; init; }
    public required string OpenNow { get; init; }
    public required string OpenNowBadge { get; init; }
    public required string Any { get; init; }
    public required string ApplyFilters { get; init; }
    public required string ClearFilters { get; init; }
    public required string ServiceCountFormat { get; init; }
    public required string NoServicesMatch { get; init; }
    public required string SelectForList { get; init; }
    public required string MakeList { get; init; }
    public required string MakeListHint { get; init; }
    public required string WhatItIs { get; init; }
    public required string WhoFor { get; init; }
    public required string Ages { get; init; }
    public required string AgeFromFormat { get; init; }
    public required string AgeToFormat { get; init; }
    public required string HowToApply { get; init; }
    public required string Contacts { get; init; }
    public required string Phone { get; init; }
    public required string Email { get; init; }
    public required string Website { get; init; }
    public required string Address { get; init; }
    public required string AddressConfidential { get; init; }
    public required string Locations { get; init; }
    public required string Accessibility { get; init; }
    public required string Hours { get; init; }
    public required string Languages { get; init; }
    public required string Provider { get; init; }
    public required string ForMunicipalities { get; init; }
    public required string Verified { get; init; }
    public required string SuggestCorrection { get; init; }
    public required string StatusLabel { get; init; }
    public required string OrganisationServices { get; init; }
    public required string OrganisationType { get; init; }
    public required string ResultsForFormat { get; init; }
    public required string ResultCountFormat { get; init; }
    public required string DidYouMean { get; init; }
    public required string NoResults { get; init; }
    public required string NoResultsHelp { get; init; }
    public required string NarrowDown { get; init; }
    public required string RemoveFilter { get; init; }
    public required string PreviousPage { get; init; }
    public required string NextPage { get; init; }
    public required string PageOfFormat { get; init; }
    public required string Published { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string MyList { get; init; }
    public required string MyListEmpty { get; init; }
    public required string MyListIntro { get; init; }
    public required string Print { get; init; }
    public required string AccessibilityStatement { get; init; }
    public required string TranslationMissing { get; init; }
    public required string Unavailable { get; init; }
    public required IReadOnlyDictionary<string, string> Values { get; init; }

    public string Value(string stored) => Values.GetValueOrDefault(stored, stored);

    public string Format(string format, params object[] args) => string.Format(Culture, format, args);

    public string Date(DateTime date) => date.ToString(Culture.Name == "sl-SI" ? "d. M. yyyy" : "d MMMM yyyy", Culture);

    public static Texts For(SiteLanguage language) => language.IsDefault ? Slovenian : English;

    public static readonly Texts Slovenian = new()
    {
        Culture = CultureInfo.GetCultureInfo("sl-SI"),
        SkipToContent = "Skoči na vsebino",
        MainMenu = "Glavni meni",
        YouAreHere = "Kje ste",
        Home = "Domov",
        LifeChallenges = "Življenjske situacije",
        Organisations = "Organizacije",
        News = "Novice",
        AllNews = "Vse novice",
        Search = "Iskanje",
        LanguageSwitch = "Jezik",
        SearchQuestion = "Kaj potrebujete?",
        SearchHint = "Na primer: pomoč na domu, denarna pomoč, nasilje, prevoz",
        SearchButton = "Išči",
        ChooseLifeChallenge = "Poiščite pomoč po življenjski situaciji",
        OfficeHeading = "Ne veste, kje začeti?",
        OfficeInvitation = "Pokličite ali obiščite nas. Pomoč je brezplačna.",
        Services = "Storitve",
        Filters = "Izberite, kar velja za vas",
        TargetGroup = "Za koga",
        Municipality = "Občina",
        Cost = "Cena",
        OpenNow = "Samo odprto zdaj",
        OpenNowBadge = "Odprto zdaj",
        Any = "Vse",
        ApplyFilters = "Prikaži",
        ClearFilters = "Počisti izbiro",
        ServiceCountFormat = "Število storitev: {0}",
        NoServicesMatch = "Nobena storitev ne ustreza izbiri. Počistite izbiro ali pokličite Pisarno lokalne blaginje.",
        SelectForList = "Dodaj na moj seznam",
        MakeList = "Natisni ali shrani izbrane",
        MakeListHint = "Označite storitve, ki jih želite imeti na papirju, na primer za obisk na uradu.",
        WhatItIs = "Kaj je to",
        WhoFor = "Komu je namenjena",
        Ages = "Starost",
        AgeFromFormat = "od {0} let",
        AgeToFormat = "do {0} let",
        HowToApply = "Kako do storitve",
        Contacts = "Stik",
        Phone = "Telefon",
        Email = "E-pošta",
        Website = "Spletna stran",
        Address = "Naslov",
        AddressConfidential = "Naslov je zaradi varnosti uporabnikov zaupen. Pokličite in dogovorili se boste za srečanje.",
        Locations = "Kje",
        Accessibility = "Dostopnost",
        Hours = "Kdaj",
        Languages = "Jeziki",
        Provider = "Izvajalec",
        ForMunicipalities = "Za prebivalce občin",
        Verified = "Preverjeno",
        SuggestCorrection = "Predlagaj popravek",
        StatusLabel = "Stanje",
        OrganisationServices = "Storitve organizacije",
        OrganisationType = "Vrsta organizacije",
        ResultsForFormat = "Rezultati iskanja za »{0}«",
        ResultCountFormat = "Najdenih zadetkov: {0}",
        DidYouMean = "Ste mislili",
        NoResults = "Za to iskanje nismo našli ničesar.",
        NoResultsHelp = "Poskusite z drugo besedo ali izberite življenjsko situacijo spodaj. Lahko pa pokličete Pisarno lokalne blaginje, kjer vam bodo pomagali poiskati pravo pomoč.",
        NarrowDown = "Zožite izbor",
        RemoveFilter = "Odstrani",
        PreviousPage = "Prejšnja stran",
        NextPage = "Naslednja stran",
        PageOfFormat = "Stran {0} od {1}",
        Published = "Objavljeno",
        NotFoundTitle = "Te strani ni mogoče najti",
        NotFoundText = "Morda je bila stran premaknjena ali pa je naslov napačen. Poiščite, kar potrebujete:",
        MyList = "Moj seznam storitev",
        MyListEmpty = "Na seznamu ni nobene storitve. Storitve izberete na strani življenjske situacije.",
        MyListIntro = "Seznam lahko natisnete ali shranite kot PDF in ga vzamete s seboj.",
        Print = "Natisni",
        AccessibilityStatement = "Izjava o dostopnosti",
        TranslationMissing = "Prevod še ni na voljo; besedilo je v slovenščini.",
        Unavailable = "Stran se pravkar nalaga. Poskusite znova čez nekaj sekund.",
        Values = new Dictionary<string, string>(),
    };

    public static readonly Texts English = new()
    {
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        SkipToContent = "Skip to content",
        MainMenu = "Main menu",
        YouAreHere = "You are here",
        Home = "Home",
        LifeChallenges = "Life situations",
        Organisations = "Organisations",
        News = "News",
        AllNews = "All news",
        Search = "Search",
        LanguageSwitch = "Language",
        SearchQuestion = "What do you need?",
        SearchHint = "For example: home care, financial help, violence, transport",
        SearchButton = "Search",
        ChooseLifeChallenge = "Find help by life situation",
        OfficeHeading = "Not sure where to start?",
        OfficeInvitation = "Call or visit us. Help is free of charge.",
        Services = "Services",
        Filters = "Choose what applies to you",
        TargetGroup = "Who for",
        Municipality = "Municipality",
        Cost = "Cost",
        OpenNow = "Open now only",
        OpenNowBadge = "Open now",
        Any = "All",
        ApplyFilters = "Show",
        ClearFilters = "Clear choices",
        ServiceCountFormat = "Number of services: {0}",
        NoServicesMatch = "No service matches your choices. Clear them or call the Local Welfare Office.",
        SelectForList = "Add to my list",
        MakeList = "Print or save the selected",
        MakeListHint = "Tick the services you want on paper, for example for an appointment.",
        WhatItIs = "What it is",
        WhoFor = "Who it is for",
        Ages = "Age",
        AgeFromFormat = "from {0} years",
        AgeToFormat = "up to {0} years",
        HowToApply = "How to apply",
        Contacts = "Contact",
        Phone = "Phone",
        Email = "E-mail",
        Website = "Website",
        Address = "Address",
        AddressConfidential = "The address is confidential for the safety of the people staying there. Call to arrange a meeting.",
        Locations = "Where",
        Accessibility = "Accessibility",
        Hours = "When",
        Languages = "Languages",
        Provider = "Provider",
        ForMunicipalities = "For residents of",
        Verified = "Checked",
        SuggestCorrection = "Suggest a correction",
        StatusLabel = "Status",
        OrganisationServices = "Services of this organisation",
        OrganisationType = "Type of organisation",
        ResultsForFormat = "Search results for “{0}”",
        ResultCountFormat = "Results found: {0}",
        DidYouMean = "Did you mean",
        NoResults = "We found nothing for this search.",
        NoResultsHelp = "Try another word or choose a life situation below. Or call the Local Welfare Office, where staff will help you find the right help.",
        NarrowDown = "Narrow down",
        RemoveFilter = "Remove",
        PreviousPage = "Previous page",
        NextPage = "Next page",
        PageOfFormat = "Page {0} of {1}",
        Published = "Published",
        NotFoundTitle = "This page cannot be found",
        NotFoundText = "The page may have moved or the address may be wrong. Search for what you need:",
        MyList = "My list of services",
        MyListEmpty = "There are no services on the list. You choose services on a life situation page.",
        MyListIntro = "Print the list or save it as PDF and take it with you.",
        Print = "Print",
        AccessibilityStatement = "Accessibility statement",
        TranslationMissing = "No English translation yet; the text is in Slovenian.",
        Unavailable = "The site is starting. Please try again in a few seconds.",
        Values = ValueLabels.English,
    };
}
