using System.Globalization;
using NmZaMe.Cms.CallBacks;
using NmZaMe.Cms.Corrections;
using NmZaMe.Cms.Invitations;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.ReviewReminders;
using NmZaMe.Web.Site.Hours;

namespace NmZaMe.Web.Mail;

/// <summary>
/// The words of every e-mail, Slovenian and English, chosen by the recipient's back-office language. A feature that adds
/// a <see cref="MailModel"/> adds its case here. Links are absolute only when <c>NmZaMe:Mail:BaseUrl</c> is set.
/// </summary>
public sealed class MailTexts(MailOptions options) : IMailTemplates
{
    public RenderedMail Render(MailRecipient to, MailModel model)
    {
        var en = to.Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var letter = model switch
        {
            TestMail m => en
                ? new MailLetter("NmZaMe test message", [$"This is a test message sent by {m.RequestedBy} from the NmZaMe back office.", "If you received it, sending e-mail works."])
                : new MailLetter("Preizkusno sporočilo NmZaMe", [$"To je preizkusno sporočilo, ki ga je iz zaledja NmZaMe poslal(a) {m.RequestedBy}.", "Če ste ga prejeli, pošiljanje e-pošte deluje."]),
            ApprovalRequestedMail m => en
                ? new MailLetter($"Waiting for approval: {m.ItemName}",
                    [$"{m.RequestedBy} sent changes to “{m.ItemName}” for approval{Languages(m.Cultures, en)}.", "Review them, then publish them or send them back with a note."],
                    Link(ContentPath(m.Key)), "Open the item")
                : new MailLetter($"Čaka na odobritev: {m.ItemName}",
                    [$"{m.RequestedBy} je v odobritev poslal(a) spremembe vsebine »{m.ItemName}«{Languages(m.Cultures, en)}.", "Preglejte jih, nato jih objavite ali vrnite z opombo."],
                    Link(ContentPath(m.Key)), "Odpri vsebino"),
            ApprovedMail m => en
                ? new MailLetter($"Published: {m.ItemName}", [$"{m.ApprovedBy} approved your changes to “{m.ItemName}”; they are now published."], Link(ContentPath(m.Key)), "Open the item")
                : new MailLetter($"Objavljeno: {m.ItemName}", [$"{m.ApprovedBy} je odobril(a) vaše spremembe vsebine »{m.ItemName}«; zdaj so objavljene."], Link(ContentPath(m.Key)), "Odpri vsebino"),
            RejectedMail m => en
                ? new MailLetter($"Sent back: {m.ItemName}",
                    [$"{m.RejectedBy} sent your changes to “{m.ItemName}” back without publishing them.", .. Note(m.Note, "Note"), "Your draft is kept: correct it and send it for approval again."],
                    Link(ContentPath(m.Key)), "Open the item")
                : new MailLetter($"Vrnjeno v popravek: {m.ItemName}",
                    [$"{m.RejectedBy} je vaše spremembe vsebine »{m.ItemName}« vrnil(a) brez objave.", .. Note(m.Note, "Opomba"), "Vaš osnutek je shranjen: popravite ga in ga znova pošljite v odobritev."],
                    Link(ContentPath(m.Key)), "Odpri vsebino"),
            InvitationMail m => en
                ? new MailLetter("Invitation to edit your organisation's entries in NmZaMe",
                    [$"Hello {m.Name},", $"{m.InvitedBy} invites you to keep the entries of “{m.Organisation}” up to date in NmZaMe, the catalogue of welfare services of Novo mesto.",
                        "Open the link, choose your own password and then set up two-factor sign-in with an authenticator app on your phone.",
                        $"The link works once, until {Expiry(m.ExpiresAt, en)}. If you did not expect this invitation, ignore this message."],
                    InvitationLink(m.Token), "Accept the invitation")
                : new MailLetter("Vabilo k urejanju vnosov vaše organizacije v NmZaMe",
                    [$"Pozdravljeni, {m.Name}!", $"{m.InvitedBy} vas vabi, da v NmZaMe, katalogu storitev pomoči v Novem mestu, skrbite za vnose organizacije »{m.Organisation}«.",
                        "Odprite povezavo, izberite svoje geslo in nato nastavite dvostopenjsko prijavo z aplikacijo za overjanje na telefonu.",
                        $"Povezava deluje enkrat, do {Expiry(m.ExpiresAt, en)}. Če vabila niste pričakovali, sporočilo prezrite."],
                    InvitationLink(m.Token), "Sprejmi vabilo"),
            ContentRequestedMail m => en
                ? new MailLetter($"Change waiting for approval: {Item(m.ItemName, en)}",
                    [$"{m.RequestedBy} asked to {Change(m.Kind, en)} “{Item(m.ItemName, en)}”. The live site is unchanged until you approve it.", "Approve or reject it under “Awaiting approval”."],
                    Link(ApprovalsPath), "Open awaiting approval")
                : new MailLetter($"Sprememba čaka na odobritev: {Item(m.ItemName, en)}",
                    [$"{m.RequestedBy} prosi: {Change(m.Kind, en)} »{Item(m.ItemName, en)}«. Spletno mesto se ne spremeni, dokler tega ne odobrite.", "Odobrite ali zavrnite jo pod »Čaka na odobritev«."],
                    Link(ApprovalsPath), "Odpri čakajoče"),
            ContentRequestApprovedMail m => en
                ? new MailLetter($"Approved: {Item(m.ItemName, en)}", [$"{m.ApprovedBy} approved your request to {Change(m.Kind, en)} “{Item(m.ItemName, en)}”; the live site now shows it."], Link(ContentPath(m.Key)), "Open the item")
                : new MailLetter($"Odobreno: {Item(m.ItemName, en)}", [$"{m.ApprovedBy} je odobril(a) vašo prošnjo ({Change(m.Kind, en)} »{Item(m.ItemName, en)}«); spletno mesto jo že kaže."], Link(ContentPath(m.Key)), "Odpri vsebino"),
            ContentRequestRejectedMail m => en
                ? new MailLetter($"Not approved: {Item(m.ItemName, en)}",
                    [$"{m.RejectedBy} did not approve your request to {Change(m.Kind, en)} “{Item(m.ItemName, en)}”; the live site is unchanged.", .. Note(m.Note, "Note")],
                    Link(ContentPath(m.Key)), "Open the item")
                : new MailLetter($"Ni odobreno: {Item(m.ItemName, en)}",
                    [$"{m.RejectedBy} ni odobril(a) vaše prošnje ({Change(m.Kind, en)} »{Item(m.ItemName, en)}«); spletno mesto je ostalo, kot je bilo.", .. Note(m.Note, "Opomba")],
                    Link(ContentPath(m.Key)), "Odpri vsebino"),
            // No personal content: the person's details are only in the inbox, behind the permission and the access log.
            CallBackArrivedMail m => en
                ? new MailLetter("New call-back request", ["Someone asked the Local Welfare Office to call them back on the public site.", $"Requests waiting for a first call: {m.Waiting}."],
                    Link("/umbraco/requests?status=New"), "Open the call-back requests")
                : new MailLetter("Nova prošnja za klic", ["Na javnem spletišču je nekdo prosil, naj ga Pisarna lokalne blaginje pokliče.", $"Prošenj, ki čakajo na prvi klic: {m.Waiting}."],
                    Link("/umbraco/requests?status=New"), "Odpri prošnje za klic"),
            CallBacksExpiringMail m => en
                ? new MailLetter("Call-back requests will be deleted soon",
                    [$"{m.Count} call-back request(s) that nobody closed will be deleted automatically on {NovoMestoClock.ToLocal(m.DeleteAtUtc).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}.", "Call the people back and mark the requests done or could-not-reach, so they are not deleted unanswered."],
                    Link("/umbraco/requests"), "Open the call-back requests")
                : new MailLetter("Prošnje za klic bodo kmalu izbrisane",
                    [$"Nezaključene prošnje za klic ({m.Count}) bodo samodejno izbrisane {NovoMestoClock.ToLocal(m.DeleteAtUtc).ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("sl-SI"))}.", "Pokličite ljudi in prošnje označite kot rešene ali da jih ni bilo mogoče doseči, da ne bodo izbrisane brez odgovora."],
                    Link("/umbraco/requests"), "Odpri prošnje za klic"),
            ReviewDigestMail m => ReviewDigestText.Letter(m, en, Link(ReviewDigestMail.Path) ?? ReviewDigestMail.Path),
            // Not what the citizen wrote (it may say anything): that is in the inbox, within the editor's start nodes.
            CorrectionSuggestedMail m => en
                ? new MailLetter($"Correction suggested: {m.ItemName}",
                    [$"Someone suggested on the public site that “{m.ItemName}” needs a correction.", $"Open suggestions for this entry: {m.Open}.", "Accept it and correct the entry, or reject it with a reason."],
                    Link($"/umbraco/corrections/{m.Correction}"), "Open the suggestion")
                : new MailLetter($"Predlog popravka: {m.ItemName}",
                    [$"Na javnem spletišču je nekdo predlagal popravek vnosa »{m.ItemName}«.", $"Odprtih predlogov za ta vnos: {m.Open}.", "Sprejmite ga in popravite vnos ali ga zavrnite z razlogom."],
                    Link($"/umbraco/corrections/{m.Correction}"), "Odpri predlog"),
            // To a citizen: no back-office link, and the address is deleted once this is queued.
            CorrectionAnsweredMail m => en
                ? new MailLetter($"Your suggested correction: {m.ItemName}",
                    [m.Corrected
                        ? $"Thank you for your suggestion about “{m.ItemName}”. We have dealt with it and corrected the entry where needed."
                        : $"Thank you for your suggestion about “{m.ItemName}”. We looked at it and did not change the entry.",
                        .. Note(m.Reason, "Reason"), "We have now deleted your e-mail address and will not write again."])
                : new MailLetter($"Vaš predlog popravka: {m.ItemName}",
                    [m.Corrected
                        ? $"Hvala za vaš predlog popravka vnosa »{m.ItemName}«. Obravnavali smo ga in vnos popravili, kjer je bilo treba."
                        : $"Hvala za vaš predlog popravka vnosa »{m.ItemName}«. Pregledali smo ga in vnosa nismo spremenili.",
                        .. Note(m.Reason, "Razlog"), "Vaš e-poštni naslov smo zdaj izbrisali in vam ne bomo več pisali."]),
            _ => throw new ArgumentOutOfRangeException(nameof(model), model.Template, "No texts for this kind of mail."),
        };
        return letter.Render(en);
    }

    /// <summary>The link is the point of an invitation, so it is given as a path even when no site address is configured.</summary>
    private string InvitationLink(string token) => Link(InvitationMail.Path + token) ?? InvitationMail.Path + token;

    private static string Expiry(DateTime utc, bool en) =>
        NovoMestoClock.ToLocal(utc).ToString(en ? "d MMMM yyyy, HH:mm" : "d. MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo(en ? "en-GB" : "sl-SI"));

    private static string ContentPath(Guid key) => key == Guid.Empty ? "/umbraco/content" : $"/umbraco/content/{key}";

    private const string ApprovalsPath = "/umbraco/content/approvals";

    /// <summary>An empty item name stands for the root level (a sort of the top items).</summary>
    private static string Item(string name, bool en) => name.Length > 0 ? name : en ? "the top level" : "najvišja raven";

    private static string Change(ContentRequestKind kind, bool en) => kind switch
    {
        ContentRequestKind.Move => en ? "move" : "premik",
        ContentRequestKind.Sort => en ? "re-order the items under" : "nov vrstni red pod",
        ContentRequestKind.Unpublish => en ? "unpublish" : "preklic objave",
        ContentRequestKind.PublishBranch => en ? "publish with descendants" : "objava s podrejenimi",
        _ => en ? "move to the recycle bin" : "premik v koš",
    };

    private string? Link(string path) => string.IsNullOrWhiteSpace(options.BaseUrl) ? null : options.BaseUrl.TrimEnd('/') + path;

    private static string[] Note(string? note, string label) => string.IsNullOrWhiteSpace(note) ? [] : [$"{label}: {note}"];

    private static string Languages(IReadOnlyList<string> cultures, bool en) =>
        cultures.Count == 0 ? string.Empty : (en ? " (languages: " : " (jeziki: ") + string.Join(", ", cultures) + ")";
}
