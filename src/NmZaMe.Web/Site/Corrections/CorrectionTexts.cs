using NmZaMe.Cms.Corrections;

namespace NmZaMe.Web.Site.Corrections;

/// <summary>The words of "Predlagaj popravek" and its confirmation, typed per language like <see cref="Texts"/>.</summary>
public sealed class CorrectionTexts
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string About { get; init; }
    public required string Text { get; init; }
    public required string TextHint { get; init; }
    public required string Email { get; init; }
    public required string EmailHint { get; init; }
    public required string Optional { get; init; }
    public required string ConsentHeading { get; init; }
    public required string ConsentText { get; init; }
    public required string ConsentLabel { get; init; }
    public required string PrivacyLink { get; init; }
    public required string Send { get; init; }
    public required string Honeypot { get; init; }
    public required string ErrorTitlePrefix { get; init; }
    public required string ErrorSummary { get; init; }
    public required string ErrorPrefix { get; init; }
    public required string NotAccepted { get; init; }
    public required string TooMany { get; init; }
    public required string SentTitle { get; init; }
    public required string SentLead { get; init; }
    public required string NextHeading { get; init; }
    public required IReadOnlyList<string> NextSteps { get; init; }
    public required string BackTo { get; init; }
    public required string BackHome { get; init; }
    public required IReadOnlyDictionary<string, string> Errors { get; init; }

    public static CorrectionTexts For(SiteLanguage language) => language.IsDefault ? Slovenian : English;

    public static readonly CorrectionTexts Slovenian = new()
    {
        Title = "Predlagaj popravek",
        Intro = "Ste na tej strani opazili kaj, kar ni (več) res? Na primer drug telefon, nove uradne ure ali storitev, ki je ni več. Povejte nam, pa bomo vnos popravili.",
        About = "Stran",
        Text = "Kaj ni prav",
        TextHint = "Največ 1000 znakov. Ne pišite podatkov o zdravju ali podatkov o drugih ljudeh.",
        Email = "Vaš e-poštni naslov",
        EmailHint = "Če želite, da vam odgovorimo, ko bo predlog rešen. Naslov uporabimo samo za ta odgovor in ga potem izbrišemo.",
        Optional = "(neobvezno)",
        ConsentHeading = "Če ste vpisali e-poštni naslov",
        ConsentText = "Naslov bodo videli le tisti, ki urejajo ta vnos. Izbrišemo ga, ko vam odgovorimo, najpozneje pa 90 dni po prejemu.",
        ConsentLabel = "Strinjam se, da Mestna občina Novo mesto moj e-poštni naslov uporabi za odgovor na ta predlog.",
        PrivacyLink = "Kako ravnamo z vašimi podatki",
        Send = "Pošlji predlog",
        Honeypot = "Tega polja ne izpolnjujte (pustite ga prazno).",
        ErrorTitlePrefix = "Napaka: ",
        ErrorSummary = "Preverite spodnje podatke",
        ErrorPrefix = "Napaka:",
        NotAccepted = "Predloga nismo mogli sprejeti. Preverite ga in ga pošljite še enkrat.",
        TooMany = "Iz vašega omrežja je bilo v kratkem času poslanih veliko sporočil. Poskusite znova čez nekaj minut.",
        SentTitle = "Hvala za vaš predlog",
        SentLead = "Predlog je prispel k tistim, ki urejajo ta vnos.",
        NextHeading = "Kaj bo sledilo",
        NextSteps =
        [
            "Urednik vnosa bo predlog pregledal in vnos popravil, če je treba.",
            "Če ste pustili e-poštni naslov, vam bomo enkrat odgovorili, ko bo predlog rešen. Nato naslov izbrišemo, najpozneje pa 90 dni po prejemu.",
        ],
        BackTo = "Nazaj na stran",
        BackHome = "Nazaj na začetno stran",
        Errors = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SubmitCorrection.Errors.TextMissing] = "Napišite, kaj ni prav",
            [SubmitCorrection.Errors.TextTooLong] = "Predlog je lahko dolg največ 1000 znakov",
            [SubmitCorrection.Errors.EmailInvalid] = "Vpišite e-poštni naslov, na primer ime@primer.si, ali pustite polje prazno",
            [SubmitCorrection.Errors.ConsentMissing] = "Označite, da se strinjate, ali izbrišite e-poštni naslov",
        },
    };

    public static readonly CorrectionTexts English = new()
    {
        Title = "Suggest a correction",
        Intro = "Have you noticed something on this page that is not (or no longer) true? For example a different phone number, new opening hours or a service that has ended. Tell us and we will correct the entry.",
        About = "Page",
        Text = "What is wrong",
        TextHint = "At most 1000 characters. Please do not write about your health or about other people.",
        Email = "Your e-mail address",
        EmailHint = "If you would like a reply when the suggestion has been dealt with. We use the address only for that reply and then delete it.",
        Optional = "(optional)",
        ConsentHeading = "If you entered an e-mail address",
        ConsentText = "Only the people who edit this entry will see the address. We delete it once we have replied, and at the latest 90 days after it arrives.",
        ConsentLabel = "I agree that the City Municipality of Novo mesto uses my e-mail address to reply to this suggestion.",
        PrivacyLink = "How we handle your data",
        Send = "Send the suggestion",
        Honeypot = "Do not fill in this field (leave it empty).",
        ErrorTitlePrefix = "Error: ",
        ErrorSummary = "Please check the details below",
        ErrorPrefix = "Error:",
        NotAccepted = "We could not accept the suggestion. Please check it and send it again.",
        TooMany = "Many messages were sent from your network in a short time. Please try again in a few minutes.",
        SentTitle = "Thank you for your suggestion",
        SentLead = "It has reached the people who edit this entry.",
        NextHeading = "What happens next",
        NextSteps =
        [
            "The entry's editor will look at your suggestion and correct the entry if needed.",
            "If you left an e-mail address, we will reply once, when the suggestion has been dealt with. Then we delete the address, at the latest 90 days after it arrived.",
        ],
        BackTo = "Back to the page",
        BackHome = "Back to the home page",
        Errors = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SubmitCorrection.Errors.TextMissing] = "Write what is wrong",
            [SubmitCorrection.Errors.TextTooLong] = "The suggestion must be 1000 characters or fewer",
            [SubmitCorrection.Errors.EmailInvalid] = "Enter an e-mail address, like name@example.com, or leave the field empty",
            [SubmitCorrection.Errors.ConsentMissing] = "Tick the box to agree, or delete the e-mail address",
        },
    };
}
