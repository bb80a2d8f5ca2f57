namespace NmZaMe.Benchmarks.Generate;

/// <summary>Word and sentence pools in Slovenian and English, close enough to the real catalogue that search, sorting and JSON sizes behave alike.</summary>
public static class Vocabulary
{
    public sealed record LifeChallenge(string Sl, string En, string Icon, string[] KeywordsSl, string[] KeywordsEn);

    /// <summary>An activity; <see cref="Topic"/> is its kind of help, a value of the Service topic data type.</summary>
    public sealed record Activity(string Sl, string En, int[] LifeChallenges, string Topic);

    public sealed record Group(string Sl, string En, string TargetGroup);

    public sealed record Town(string Name, string Postcode);

    public static readonly LifeChallenge[] LifeChallenges =
    [
        new("Starost in oskrba", "Older age and care", "older-age", ["starost", "oskrba", "dom za starejše", "pomoč na domu", "demenca"], ["older age", "care", "nursing home", "dementia"]),
        new("Nasilje", "Violence", "violence", ["nasilje", "nasilje v družini", "varna hiša", "ustrahovanje", "zloraba"], ["violence", "domestic violence", "safe house", "abuse"]),
        new("Duševno zdravje", "Mental health", "mental-health", ["duševno zdravje", "depresija", "tesnoba", "stiska", "izgorelost"], ["mental health", "depression", "anxiety", "burnout"]),
        new("Invalidnost", "Disability", "disability", ["invalidnost", "invalidski voziček", "gluhi", "slepi", "pripomočki"], ["disability", "wheelchair", "deaf", "blind"]),
        new("Kronična bolezen", "Chronic illness", "chronic-illness", ["kronična bolezen", "sladkorna bolezen", "rak", "rehabilitacija"], ["chronic illness", "diabetes", "cancer", "rehabilitation"]),
        new("Revščina in materialna stiska", "Poverty and hardship", "poverty", ["revščina", "denarna pomoč", "hrana", "položnice", "dolgovi"], ["poverty", "financial aid", "food", "debt"]),
        new("Otroci, mladi in družina", "Children, youth and family", "family", ["otroci", "mladi", "starši", "vzgoja", "učne težave"], ["children", "youth", "parents", "learning difficulties"]),
        new("Stanovanje", "Housing", "housing", ["stanovanje", "najemnina", "neprofitno stanovanje", "deložacija", "brezdomstvo"], ["housing", "rent", "eviction", "homelessness"]),
        new("Pravna pomoč", "Legal help", "legal-help", ["pravna pomoč", "odvetnik", "tožba", "dedovanje", "pravni nasvet"], ["legal aid", "lawyer", "lawsuit", "legal advice"]),
        new("Prevoz", "Transport", "transport", ["prevoz", "prevoz k zdravniku", "avtobus", "prostovoljni vozniki"], ["transport", "ride to the doctor", "bus", "volunteer drivers"]),
        new("Osamljenost", "Loneliness", "loneliness", ["osamljenost", "druženje", "prostovoljci", "obiski"], ["loneliness", "company", "volunteers", "visits"]),
        new("Delo in zaposlitev", "Work and employment", "work", ["zaposlitev", "brezposelnost", "iskanje dela", "usposabljanje"], ["employment", "unemployment", "job search", "training"]),
        new("Vključevanje tujcev", "Integration of foreigners", "integration", ["tujci", "tečaj slovenščine", "dovoljenje za prebivanje", "begunci"], ["foreigners", "Slovene course", "residence permit", "refugees"]),
        new("Zasvojenost", "Addiction", "addiction", ["zasvojenost", "alkohol", "droge", "igre na srečo", "odvajanje"], ["addiction", "alcohol", "drugs", "gambling"]),
    ];

    public static readonly Activity[] Activities =
    [
        new("Svetovanje", "Counselling", [2, 6, 8], "svetovanje in podpora"),
        new("Skupina za samopomoč", "Self-help group", [2, 10, 13], "svetovanje in podpora"),
        new("Dnevni center", "Day centre", [0, 3, 10], "pomoč na domu in dnevno varstvo"),
        new("Pomoč na domu", "Home help", [0, 3, 4], "pomoč na domu in dnevno varstvo"),
        new("Brezplačni prevozi", "Free transport", [9, 0], "prevoz"),
        new("Psihosocialna podpora", "Psychosocial support", [2, 1], "svetovanje in podpora"),
        new("Varna namestitev", "Safe accommodation", [1, 7], "bivanje in namestitev"),
        new("Pravno svetovanje", "Legal advice", [8, 7], "pravna pomoč"),
        new("Ustvarjalne delavnice", "Creative workshops", [10, 6], "druženje in prosti čas"),
        new("Razdeljevanje hrane", "Food distribution", [5], "hrana, oblačila in osnovne potrebe"),
        new("Učna pomoč", "Homework help", [6], "učenje in delo"),
        new("Zaposlitveni program", "Employment programme", [11, 3], "učenje in delo"),
        new("Izposoja pripomočkov", "Equipment loan", [3, 4, 0], "zdravje in nega"),
        new("Počitniško varstvo", "Holiday care", [6], "druženje in prosti čas"),
        new("Telefon v stiski", "Crisis helpline", [2, 1, 10], "nujna pomoč"),
        new("Obiski na domu", "Home visits", [0, 10, 4], "pomoč na domu in dnevno varstvo"),
        new("Tečaj slovenščine", "Slovene language course", [12, 11], "učenje in delo"),
        new("Enkratna denarna pomoč", "One-off financial aid", [5, 7], "denarna pomoč in pravice"),
        new("Program zmanjševanja škode", "Harm reduction programme", [13], "zdravje in nega"),
        new("Rekreacija in šport", "Recreation and sport", [3, 4, 10], "druženje in prosti čas"),
    ];

    public static readonly Group[] Groups =
    [
        new("za starejše", "for older people", "starejši"),
        new("za družine", "for families", "družine"),
        new("za otroke", "for children", "otroci"),
        new("za mladostnike", "for adolescents", "mladostniki"),
        new("za svojce", "for relatives", "svojci"),
        new("za invalide", "for people with disabilities", "invalidi"),
        new("za žrtve nasilja", "for victims of violence", "žrtve nasilja"),
        new("za tujce", "for foreigners", "tujci"),
        new("za kronične bolnike", "for the chronically ill", "kronično bolni"),
        new("za brezdomce", "for homeless people", "brezdomci"),
        new("za odrasle", "for adults", "odrasli"),
        new("za romske družine", "for Roma families", "Romi"),
    ];

    public static readonly (string Sl, string En)[] OrganisationKinds =
    [
        ("Društvo", "Association"), ("Zavod", "Institute"), ("Center", "Centre"), ("Zveza", "Federation"), ("Klub", "Club"),
    ];

    public static readonly Town[] Towns =
    [
        new("Novo mesto", "8000"), new("Dolenjske Toplice", "8350"), new("Mirna Peč", "8216"), new("Straža", "8351"),
        new("Šentjernej", "8310"), new("Škocjan", "8275"), new("Šmarješke Toplice", "8220"), new("Žužemberk", "8360"),
    ];

    public static readonly string[] Streets =
    [
        "Glavni trg", "Kandijska cesta", "Ljubljanska cesta", "Šmihelska cesta", "Partizanska ulica", "Trdinova ulica",
        "Seidlova cesta", "Rozmanova ulica", "Kettejev drevored", "Cesta komandanta Staneta", "Gubčeva ulica", "Muzejska ulica",
    ];

    public static readonly (string Sl, string En)[] Sentences =
    [
        ("Strokovni delavci in prostovoljci vam pomagajo poiskati rešitev, ki ustreza vašim potrebam.", "Professionals and volunteers help you find a solution that fits your needs."),
        ("Pogovor je zaupen, za obisk ne potrebujete napotnice.", "Conversations are confidential and you do not need a referral."),
        ("Skupaj pripravimo načrt pomoči in se dogovorimo za nadaljnje korake.", "Together we draw up a support plan and agree on the next steps."),
        ("Pri vključitvi upoštevamo vaše želje, zdravstveno stanje in razmere doma.", "We take your wishes, your health and your situation at home into account."),
        ("Program sofinancirata Mestna občina Novo mesto in ministrstvo, pristojno za socialne zadeve.", "The programme is co-funded by the Municipality of Novo mesto and the ministry responsible for social affairs."),
        ("Ob prvem obisku izpolnite kratko prijavnico, nato vas pokličemo v nekaj dneh.", "On your first visit you fill in a short form and we call you back within a few days."),
        ("Srečanja potekajo enkrat tedensko v manjših skupinah, vodi jih izkušen strokovnjak.", "Meetings take place once a week in small groups, led by an experienced professional."),
        ("Če se ne morete udeležiti osebno, je možen tudi pogovor po telefonu ali videoklicu.", "If you cannot come in person, we can also talk by phone or video call."),
        ("Pomagamo pri izpolnjevanju vlog za denarno socialno pomoč, varstveni dodatek in druge pravice.", "We help with applications for social assistance, the income support supplement and other benefits."),
        ("Prostori so dostopni za gibalno ovirane, na voljo je tudi parkirišče za invalide.", "The premises are wheelchair accessible and there is disabled parking."),
        ("Za otroke je med srečanjem organizirano varstvo.", "Childcare is provided during meetings."),
        ("Informacije dobite tudi v Pisarni lokalne blaginje na Gubčevi ulici 15.", "Information is also available at the Local Welfare Office, Gubčeva ulica 15."),
        ("Vsako leto se v program vključi več kot sto uporabnikov iz Novega mesta in okolice.", "Every year more than a hundred people from Novo mesto and the surrounding area take part."),
        ("Sodelujemo s centrom za socialno delo, zdravstvenim domom in šolami.", "We work with the social work centre, the health centre and schools."),
        ("Prostovoljci opravijo usposabljanje in so zavezani k molčečnosti.", "Volunteers are trained and bound by confidentiality."),
        ("Prijave zbiramo do zapolnitve prostih mest.", "Applications are accepted until all places are filled."),
        ("Ob neposredni nevarnosti pokličite 112.", "In immediate danger call 112."),
        ("Pomoč je na voljo tudi v angleščini in hrvaščini.", "Help is also available in English and Croatian."),
        ("Večina dejavnosti poteka v popoldanskem času, da se lahko udeležijo tudi zaposleni.", "Most activities take place in the afternoon so that people who work can join."),
        ("Z vami ostanemo v stiku tudi po koncu programa, če si to želite.", "We stay in touch after the programme ends if you wish."),
    ];

    public static readonly (string Sl, string En)[] Steps =
    [
        ("Pokličite ali pišite nam.", "Call or write to us."),
        ("Dogovorimo se za prvi pogovor.", "We arrange a first meeting."),
        ("Prinesite osebni dokument in kartico zdravstvenega zavarovanja.", "Bring an identity document and your health insurance card."),
        ("Izpolnite prijavnico na sedežu ali po elektronski pošti.", "Fill in the form at our office or by e-mail."),
        ("Strokovna delavka oceni vaše potrebe.", "A professional assesses your needs."),
        ("Dobite termin za vključitev v program.", "You get a date to join the programme."),
    ];

    public static readonly string[] ContactLabels = ["Informacije", "Prijave", "Dežurni telefon", "Tajništvo", "Strokovna delavka", "Koordinator prostovoljcev"];

    public static readonly string[] ExtraKeywordsSl = ["pomoč", "brezplačno", "svetovanje", "stiska", "prostovoljci", "podpora", "skupina", "informacije", "Novo mesto", "socialna pomoč"];

    public static readonly string[] ExtraKeywordsEn = ["help", "free", "counselling", "support", "volunteers", "information"];
}
