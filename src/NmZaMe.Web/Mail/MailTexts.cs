using NmZaMe.Cms.Mail;

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
            _ => throw new ArgumentOutOfRangeException(nameof(model), model.Template, "No texts for this kind of mail."),
        };
        return letter.Render(en);
    }

    private static string ContentPath(Guid key) => $"/umbraco/content/{key}";

    private string? Link(string path) => string.IsNullOrWhiteSpace(options.BaseUrl) ? null : options.BaseUrl.TrimEnd('/') + path;

    private static string[] Note(string? note, string label) => string.IsNullOrWhiteSpace(note) ? [] : [$"{label}: {note}"];

    private static string Languages(IReadOnlyList<string> cultures, bool en) =>
        cultures.Count == 0 ? string.Empty : (en ? " (languages: " : " (jeziki: ") + string.Join(", ", cultures) + ")";
}
