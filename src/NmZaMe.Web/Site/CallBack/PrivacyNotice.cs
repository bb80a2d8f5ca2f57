namespace NmZaMe.Web.Site.CallBack;

/// <summary>
/// The privacy notice of "Pokličite me" in each language. The controller's address, e-mail and phone are the
/// municipality's published ones (shared/reference/novo-mesto.md); no separate contact of the data protection officer
/// is published there, so the notice sends people to the municipality, which forwards the question to its officer.
/// </summary>
public sealed record PrivacyNotice(string Title, string Lead, IReadOnlyList<PrivacyNotice.Section> Sections, string Controller)
{
    public sealed record Section(string Heading, IReadOnlyList<string> Paragraphs);

    public const string Address = "Seidlova cesta 1, 8000 Novo mesto";
    public const string Email = "mestna.obcina@novomesto.si";
    public const string Phone = "07 39 39 202";

    public static PrivacyNotice For(SiteLanguage language) => language.IsDefault ? Slovenian : English;

    public static readonly PrivacyNotice Slovenian = new(
        "Varstvo osebnih podatkov pri prošnji za klic",
        "Kaj se zgodi s podatki, ki jih vpišete v obrazec »Pokličite me«.",
        [
            new("Kdo je upravljavec", ["Upravljavec podatkov je Mestna občina Novo mesto. Prošnje obravnava njena Pisarna lokalne blaginje."]),
            new("Zakaj podatke zbiramo", ["Samo zato, da vas pisarna pokliče ali vam piše in vam pomaga najti pravo pomoč. Podatkov ne uporabljamo za nič drugega, ne pošiljamo jih drugim in iz njih ne delamo profilov."]),
            new("Na kateri podlagi", ["Na podlagi vaše privolitve (6. člen, 1. odstavek, točka a Splošne uredbe o varstvu podatkov). Ker lahko iz prošnje izhaja kaj o vašem zdravju ali položaju, je to izrecna privolitev (9. člen, 2. odstavek, točka a). Privolitev lahko kadar koli prekličete; takrat prošnjo izbrišemo."]),
            new("Katere podatke", [
                "Telefonsko številko ali e-poštni naslov, ime, kdaj ste dosegljivi, jezik in vaše sporočilo, če ste jih vpisali, ter stran, s katere ste poslali prošnjo (storitev ali življenjska situacija).",
                "Kontakt, ime, čas in sporočilo so v zbirki šifrirani s ključem, ki ni shranjen v zbirki. Berejo jih lahko le sodelavci pisarne s posebno pravico; vsak ogled, sprememba in izvoz se zabeleži (kdo, kdaj, katera prošnja).",
                "Spletišče ne uporablja piškotkov in ne shrani vašega IP-naslova.",
            ]),
            new("Kako dolgo", ["Prošnjo izbrišemo 30 dni po tem, ko je rešena ali vas nismo mogli doseči, najpozneje pa 90 dni po prejemu. Za statistiko ostane le število prošenj po mesecih in življenjskih situacijah, brez podatkov o vas."]),
            new("Predlogi popravkov", ["Če pri predlogu popravka vpišete e-poštni naslov, ga vidijo le uredniki tega vnosa (organizacija in Pisarna lokalne blaginje). Uporabimo ga samo za en odgovor, ko je predlog rešen, in ga takrat izbrišemo, najpozneje pa 90 dni po prejemu. Podlaga je vaša privolitev."]),
            new("Vaše pravice", ["Imate pravico do dostopa do svojih podatkov, do popravka, do izbrisa in do preklica privolitve. Če menite, da z vašimi podatki ne ravnamo prav, se lahko pritožite pri Informacijskem pooblaščencu Republike Slovenije."]),
            new("Kontakt in pooblaščena oseba za varstvo podatkov", ["Za vprašanja o vaših podatkih in za uveljavljanje pravic, tudi za stik s pooblaščeno osebo za varstvo podatkov, se obrnite na Mestno občino Novo mesto:"]),
        ],
        "Mestna občina Novo mesto");

    public static readonly PrivacyNotice English = new(
        "Your personal data when you ask us to call you back",
        "What happens to the details you enter in the “Call me back” form.",
        [
            new("Who is responsible", ["The controller is the City Municipality of Novo mesto (Mestna občina Novo mesto). Requests are handled by its Local Welfare Office (Pisarna lokalne blaginje)."]),
            new("Why we collect it", ["Only so that the office can call or write to you and help you find the right help. We use it for nothing else, do not pass it on and do not build profiles from it."]),
            new("Legal basis", ["Your consent (Article 6(1)(a) of the General Data Protection Regulation). Because a request may reveal something about your health or situation, it is explicit consent (Article 9(2)(a)). You can withdraw your consent at any time; we then delete the request."]),
            new("What data", [
                "The phone number or e-mail address, first name, when you can be reached, the language and your message, if you entered them, and the page you sent the request from (a service or a life situation).",
                "The contact, name, time and message are encrypted in the database with a key that is not kept in the database. Only office staff with a special permission can read them; every opening, change and export is logged (who, when, which request).",
                "The site sets no cookies and does not store your IP address.",
            ]),
            new("How long", ["We delete a request 30 days after it was dealt with or we could not reach you, and at the latest 90 days after it arrived. For statistics only the number of requests per month and life situation remains, with nothing about you."]),
            new("Suggested corrections", ["If you enter an e-mail address with a suggested correction, only the editors of that entry (the organisation and the Local Welfare Office) see it. We use it only for one reply when the suggestion has been dealt with and delete it then, and at the latest 90 days after it arrived. The legal basis is your consent."]),
            new("Your rights", ["You have the right to access your data, to have it corrected or deleted, and to withdraw your consent. If you think we do not handle your data properly, you can complain to the Information Commissioner of the Republic of Slovenia (Informacijski pooblaščenec)."]),
            new("Contact and data protection officer", ["For questions about your data and to exercise your rights, including to reach the data protection officer, contact the City Municipality of Novo mesto:"]),
        ],
        "Mestna občina Novo mesto");
}
