namespace NmZaMe.Web.Site;

/// <summary>
/// The site's words that get a person to help: the crisis strip, the quick exit, the next step under a summary, the
/// checked line and the English search fallback. Typed per language like <see cref="Texts"/>, kept apart so the page
/// chrome's words and these can change independently.
/// </summary>
public sealed class HelpTexts
{
    public required string CrisisLead { get; init; }
    public required string Crisis112 { get; init; }
    public required string Crisis113 { get; init; }
    public required string QuickExit { get; init; }
    public required string QuickExitShortcut { get; init; }
    public required string QuickExitShiftCountFormat { get; init; }
    public required string QuickExitLeaving { get; init; }
    public required string SafeBrowsingHeading { get; init; }
    public required string SafeBrowsingText { get; init; }
    public required string SensitiveTitle { get; init; }
    public required string NextStepOwn { get; init; }
    public required string NextStepProviderFormat { get; init; }
    public required string NextStepOffice { get; init; }
    public required string NextStepOfficeText { get; init; }
    public required string ShowOnMap { get; init; }
    public required string MapService { get; init; }
    public required string RoundTheClock { get; init; }
    /// <summary>Around the reviewer's name after the checked date: "Preverjeno: 3. 11. 2026 (Pisarna …)", "Checked: 3 November 2026 by …".</summary>
    public required string CheckedByBefore { get; init; }
    public required string CheckedByAfter { get; init; }
    public required string NoTranslationShort { get; init; }
    public required string SlovenianResultsNote { get; init; }
    public required string NeutralPageTitle { get; init; }

    public static HelpTexts For(SiteLanguage language) => language.IsDefault ? Slovenian : English;

    public static readonly HelpTexts Slovenian = new()
    {
        CrisisLead = "V nevarnosti?",
        Crisis112 = "reševalci in gasilci",
        Crisis113 = "policija",
        QuickExit = "Hitri izhod",
        QuickExitShortcut = "ali trikrat pritisnite tipko Shift",
        QuickExitShiftCountFormat = "Shift: še {0}-krat za izhod s strani",
        QuickExitLeaving = "Zapuščate stran …",
        SafeBrowsingHeading = "Varno brskanje",
        SafeBrowsingText = "Če se bojite, da kdo pregleduje vaš telefon ali računalnik: odprite stran v zasebnem oknu (v meniju brskalnika »Novo zasebno okno« ali »Novo okno brez beleženja zgodovine«) in po obisku izbrišite zgodovino brskanja (v nastavitvah brskalnika: Zgodovina → Izbriši podatke brskanja). Gumb »Hitri izhod« takoj odpre nevtralno stran.",
        SensitiveTitle = "Pomoč in podpora",
        NextStepOwn = "Stik",
        NextStepProviderFormat = "Kontakt izvajalca: {0}",
        NextStepOffice = "Pokličite nas, povezali vas bomo",
        NextStepOfficeText = "Pisarna lokalne blaginje vam pomaga priti do te pomoči. Pokličite, pišite ali pridite v uradnih urah. Pomoč je brezplačna.",
        ShowOnMap = "Pokaži na zemljevidu",
        MapService = "OpenStreetMap",
        RoundTheClock = "24 ur na dan, vse dni",
        CheckedByBefore = " (",
        CheckedByAfter = ")",
        NoTranslationShort = "ni prevoda",
        SlovenianResultsNote = "Zadetkov v angleščini ni; prikazujemo slovenske zadetke.",
        NeutralPageTitle = "Ura in datum",
    };

    public static readonly HelpTexts English = new()
    {
        CrisisLead = "In danger?",
        Crisis112 = "ambulance and fire brigade",
        Crisis113 = "police",
        QuickExit = "Exit this page",
        QuickExitShortcut = "or press the Shift key 3 times",
        QuickExitShiftCountFormat = "Shift: press {0} more times to exit the page",
        QuickExitLeaving = "Leaving this page …",
        SafeBrowsingHeading = "Browsing safely",
        SafeBrowsingText = "If you are afraid someone checks your phone or computer: open this site in a private window (in the browser menu, \"New private window\" or \"New incognito window\") and clear your browsing history afterwards (in the browser settings: History → Clear browsing data). The \"Exit this page\" button opens a neutral page at once.",
        SensitiveTitle = "Help and support",
        NextStepOwn = "Contact",
        NextStepProviderFormat = "Provider's contact: {0}",
        NextStepOffice = "Call us – we will connect you",
        NextStepOfficeText = "The Local Welfare Office helps you reach this help. Call, write or come in office hours. Help is free of charge.",
        ShowOnMap = "Show on map",
        MapService = "OpenStreetMap",
        RoundTheClock = "24 hours a day, every day",
        CheckedByBefore = " by ",
        CheckedByAfter = "",
        NoTranslationShort = "no English translation yet",
        SlovenianResultsNote = "No English results; showing Slovenian results.",
        NeutralPageTitle = "Time and date",
    };
}
