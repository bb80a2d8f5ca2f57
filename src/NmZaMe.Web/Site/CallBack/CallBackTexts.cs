namespace NmZaMe.Web.Site.CallBack;

/// <summary>The words of "Pokličite me", its confirmation and its privacy notice, typed per language like <see cref="Texts"/>.</summary>
public sealed class CallBackTexts
{
    public required string Link { get; init; }
    public required string LinkLead { get; init; }
    public required string ServiceLead { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string AboutService { get; init; }
    public required string AboutLifeChallenge { get; init; }
    public required string Contact { get; init; }
    public required string ContactHint { get; init; }
    public required string FirstName { get; init; }
    public required string Reachable { get; init; }
    public required string ReachableHint { get; init; }
    public required string Language { get; init; }
    public required string Note { get; init; }
    public required string NoteHint { get; init; }
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
    public required string UrgentHeading { get; init; }
    public required string Urgent { get; init; }
    public required string DangerText { get; init; }
    public required string BackHome { get; init; }
    public required IReadOnlyDictionary<string, string> Errors { get; init; }

    public static CallBackTexts For(SiteLanguage language) => language.IsDefault ? Slovenian : English;

    public static readonly CallBackTexts Slovenian = new()
    {
        Link = "Pokličite me",
        LinkLead = "Vam je lažje, če vas pokličemo? Pustite nam številko ali e-naslov.",
        ServiceLead = "Ne veste, kako naprej? Pisarna lokalne blaginje vas pokliče in vam pomaga priti do te pomoči.",
        Title = "Pokličite me",
        Intro = "Pustite nam telefonsko številko ali e-poštni naslov. Sodelavec Pisarne lokalne blaginje vas bo poklical ali vam pisal in vam pomagal najti pravo pomoč. Pomoč je brezplačna.",
        AboutService = "Storitev",
        AboutLifeChallenge = "Življenjska situacija",
        Contact = "Telefonska številka ali e-poštni naslov",
        ContactHint = "Vpišite eno od obojega. Na telefonsko številko vas pokličemo, na e-poštni naslov vam pišemo.",
        FirstName = "Ime",
        Reachable = "Kdaj ste dosegljivi",
        ReachableHint = "Na primer: dopoldne, po 15. uri, v sredo.",
        Language = "V katerem jeziku naj vas pokličemo",
        Note = "Kratko sporočilo",
        NoteHint = "Največ 500 znakov. Ne pišite podatkov o zdravju ali podatkov o drugih ljudeh – to nam lahko poveste ob klicu.",
        Optional = "(neobvezno)",
        ConsentHeading = "Vaši podatki",
        ConsentText = "Vaše podatke bo videla le Pisarna lokalne blaginje Mestne občine Novo mesto, samo zato, da vas pokliče. Izbrišemo jih najpozneje 90 dni po prejemu.",
        ConsentLabel = "Strinjam se, da Mestna občina Novo mesto moje podatke obdela, da me pokliče nazaj.",
        PrivacyLink = "Kako ravnamo z vašimi podatki",
        Send = "Pošlji prošnjo za klic",
        Honeypot = "Tega polja ne izpolnjujte (pustite ga prazno).",
        ErrorTitlePrefix = "Napaka: ",
        ErrorSummary = "Preverite spodnje podatke",
        ErrorPrefix = "Napaka:",
        NotAccepted = "Prošnje nismo mogli sprejeti. Preverite podatke in jo pošljite še enkrat.",
        TooMany = "Iz vašega omrežja je bilo v kratkem času poslanih veliko prošenj. Poskusite znova čez nekaj minut ali pokličite pisarno.",
        SentTitle = "Prošnjo smo prejeli",
        SentLead = "Hvala. Vaša prošnja za klic je prispela v Pisarno lokalne blaginje.",
        NextHeading = "Kaj bo sledilo",
        NextSteps =
        [
            "Sodelavec pisarne bo prebral vašo prošnjo in vas v uradnih urah poklical ali vam pisal, v jeziku, ki ste ga izbrali.",
            "Skupaj boste poiskali pravo pomoč. Pomoč je brezplačna.",
            "Vaše podatke izbrišemo, ko je prošnja rešena, najpozneje pa 90 dni po prejemu.",
        ],
        UrgentHeading = "Če je nujno",
        Urgent = "Ne čakajte na naš klic – pokličite pisarno sami:",
        DangerText = "Če ste v nevarnosti, takoj pokličite:",
        BackHome = "Nazaj na začetno stran",
        Errors = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Cms.CallBacks.SubmitCallBack.Errors.ContactMissing] = "Vpišite telefonsko številko ali e-poštni naslov",
            [Cms.CallBacks.SubmitCallBack.Errors.ContactInvalid] = "Vpišite telefonsko številko (od 6 do 15 številk) ali e-poštni naslov, na primer ime@primer.si",
            [Cms.CallBacks.SubmitCallBack.Errors.FirstNameTooLong] = "Ime je lahko dolgo največ 100 znakov",
            [Cms.CallBacks.SubmitCallBack.Errors.ReachableTooLong] = "Čas je lahko dolg največ 100 znakov",
            [Cms.CallBacks.SubmitCallBack.Errors.LanguageUnknown] = "Izberite jezik s seznama",
            [Cms.CallBacks.SubmitCallBack.Errors.NoteTooLong] = "Sporočilo je lahko dolgo največ 500 znakov",
            [Cms.CallBacks.SubmitCallBack.Errors.ConsentMissing] = "Označite, da se strinjate z obdelavo podatkov, sicer vas ne moremo poklicati",
        },
    };

    public static readonly CallBackTexts English = new()
    {
        Link = "Call me back",
        LinkLead = "Would you rather we called you? Leave us a phone number or an e-mail address.",
        ServiceLead = "Not sure what to do next? The Local Welfare Office will call you and help you reach this help.",
        Title = "Call me back",
        Intro = "Leave us a phone number or an e-mail address. Someone from the Local Welfare Office will call or write to you and help you find the right help. Help is free of charge.",
        AboutService = "Service",
        AboutLifeChallenge = "Life situation",
        Contact = "Phone number or e-mail address",
        ContactHint = "Enter one of them. We call a phone number and write to an e-mail address.",
        FirstName = "First name",
        Reachable = "When we can reach you",
        ReachableHint = "For example: in the morning, after 3 pm, on Wednesday.",
        Language = "Which language should we call you in",
        Note = "Short message",
        NoteHint = "At most 500 characters. Please do not write about your health or about other people – you can tell us when we call.",
        Optional = "(optional)",
        ConsentHeading = "Your data",
        ConsentText = "Only the Local Welfare Office of the City Municipality of Novo mesto will see your data, only to call you back. We delete it at the latest 90 days after it arrives.",
        ConsentLabel = "I agree that the City Municipality of Novo mesto processes my data to call me back.",
        PrivacyLink = "How we handle your data",
        Send = "Send the call-back request",
        Honeypot = "Do not fill in this field (leave it empty).",
        ErrorTitlePrefix = "Error: ",
        ErrorSummary = "Please check the details below",
        ErrorPrefix = "Error:",
        NotAccepted = "We could not accept the request. Please check the details and send it again.",
        TooMany = "Many requests were sent from your network in a short time. Please try again in a few minutes or call the office.",
        SentTitle = "We have your request",
        SentLead = "Thank you. Your call-back request has reached the Local Welfare Office.",
        NextHeading = "What happens next",
        NextSteps =
        [
            "Someone from the office will read your request and call or write to you during office hours, in the language you chose.",
            "Together you will find the right help. Help is free of charge.",
            "We delete your data once the request is dealt with, and at the latest 90 days after it arrived.",
        ],
        UrgentHeading = "If it is urgent",
        Urgent = "Do not wait for our call – call the office yourself:",
        DangerText = "If you are in danger, call now:",
        BackHome = "Back to the home page",
        Errors = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Cms.CallBacks.SubmitCallBack.Errors.ContactMissing] = "Enter a phone number or an e-mail address",
            [Cms.CallBacks.SubmitCallBack.Errors.ContactInvalid] = "Enter a phone number (6 to 15 digits) or an e-mail address, like name@example.com",
            [Cms.CallBacks.SubmitCallBack.Errors.FirstNameTooLong] = "The first name must be 100 characters or fewer",
            [Cms.CallBacks.SubmitCallBack.Errors.ReachableTooLong] = "The time must be 100 characters or fewer",
            [Cms.CallBacks.SubmitCallBack.Errors.LanguageUnknown] = "Choose a language from the list",
            [Cms.CallBacks.SubmitCallBack.Errors.NoteTooLong] = "The message must be 500 characters or fewer",
            [Cms.CallBacks.SubmitCallBack.Errors.ConsentMissing] = "Tick the box to agree to the processing of your data, otherwise we cannot call you",
        },
    };
}
