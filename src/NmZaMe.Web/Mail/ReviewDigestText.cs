using System.Globalization;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.ReviewReminders;
using NmZaMe.Web.Site.Hours;

namespace NmZaMe.Web.Mail;

/// <summary>The words of the review digest (<see cref="ReviewDigestMail"/>): overdue first, then due within 7 and within 30 days.</summary>
internal static class ReviewDigestText
{
    public static MailLetter Letter(ReviewDigestMail m, bool en, string link)
    {
        var n = m.Entries.Count;
        var subject = (m.ToOffice, en) switch
        {
            (true, true) => $"Entries without an organisation editor are due for review ({n})",
            (true, false) => $"Vnosi brez urednika organizacije čakajo na pregled ({n})",
            (false, true) => $"Please check your entries in NmZaMe ({n})",
            (false, false) => $"Preverite svoje vnose v NmZaMe ({n})",
        };
        string[] paragraphs = en
            ?
            [
                "Hello,",
                m.ToOffice
                    ? "Entries in the NmZaMe catalogue are checked regularly so that people find correct information. No organisation editor keeps these entries, so the office checks them."
                    : "Entries in the NmZaMe catalogue are checked regularly so that people find correct information. These entries of your organisation are due.",
                "Check that the details are still correct. If everything is still true, click “Confirm unchanged”; otherwise correct the entry and save it.",
            ]
            :
            [
                "Pozdravljeni!",
                m.ToOffice
                    ? "Vnose v katalogu NmZaMe redno preverjamo, da ljudje najdejo točne podatke. Teh vnosov ne ureja noben urednik organizacije, zato jih preveri pisarna."
                    : "Vnose v katalogu NmZaMe redno preverjamo, da ljudje najdejo točne podatke. Na vrsti so ti vnosi vaše organizacije.",
                "Preverite, ali so podatki še točni. Če je vse res, kliknite »Potrjujem, da je vse še res«; sicer vnos popravite in shranite.",
            ];
        var lists = new[] { ReviewReminderStage.Overdue, ReviewReminderStage.Within7Days, ReviewReminderStage.Within30Days }
            .Select(stage => (stage, items: m.Entries.Where(e => e.Stage == stage).Select(e => Item(e, en)).ToList()))
            .Where(s => s.items.Count > 0)
            .Select(s => new MailList(Heading(s.stage, en), s.items))
            .ToList();
        return new MailLetter(subject, paragraphs, link, en ? "Open my entries" : "Odpri moje vnose") { Lists = lists };
    }

    private static string Heading(ReviewReminderStage stage, bool en) => stage switch
    {
        ReviewReminderStage.Overdue => en ? "Review overdue:" : "Pregled je zamujen:",
        ReviewReminderStage.Within7Days => en ? "Review due within 7 days:" : "Rok za pregled je v 7 dneh:",
        _ => en ? "Review due within 30 days:" : "Rok za pregled je v 30 dneh:",
    };

    private static string Item(ReviewDigestEntry e, bool en) => e.DueAt is { } due
        ? en
            ? $"{e.Name} (due {NovoMestoClock.ToLocal(due).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))})"
            : $"{e.Name} (rok: {NovoMestoClock.ToLocal(due).ToString("d. M. yyyy", CultureInfo.GetCultureInfo("sl-SI"))})"
        : en ? $"{e.Name} (never checked)" : $"{e.Name} (še ni bilo preverjeno)";
}
