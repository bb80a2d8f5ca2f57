namespace NmZaMe.Web.BackOffice.ContentHistory;

/// <summary>The Slovenian words for audit and version actions (translated through the dictionary like any text).</summary>
public static class AuditActions
{
    public static string Describe(string action) => action switch
    {
        "Save" => "Shranjeno",
        "Publish" => "Objavljeno",
        "Unpublish" => "Umaknjeno z objave",
        "Trash" => "Premaknjeno v koš",
        "Restore" => "Obnovljeno iz koša",
        "Move" => "Premaknjeno",
        "Copy" => "Kopirano",
        "Sort" => "Razvrščeno",
        "Rollback" => "Povrnjeno na starejšo različico",
        "Delete" => "Trajno izbrisano",
        "Schedule" => "Načrtovano",
        "ScheduledPublish" => "Objavljeno po načrtu",
        "ScheduledUnpublish" => "Umaknjeno z objave po načrtu",
        "ScheduleFailed" => "Načrtovano dejanje ni uspelo",
        "SendForApproval" => "Poslano v odobritev",
        "Approve" => "Odobreno",
        "Reject" => "Zavrnjeno",
        "RequestMove" => "Premik poslan v odobritev",
        "RequestSort" => "Razvrstitev poslana v odobritev",
        "RequestUnpublish" => "Umik z objave poslan v odobritev",
        "RequestTrash" => "Premik v koš poslan v odobritev",
        "RequestPublishBranch" => "Objava s podrejenimi poslana v odobritev",
        "ApproveRequest" => "Zahteva odobrena",
        "RejectRequest" => "Zahteva zavrnjena",
        "Verify" => "Potrjeno kot pregledano",
        "Upload" => "Naloženo",
        "CorrectionAccept" => "Predlog popravka sprejet",
        "CorrectionReject" => "Predlog popravka zavrnjen",
        "CorrectionDone" => "Predlog popravka urejen",
        // An action added later still reads as a word, never as a storage key (review B10).
        _ => "Spremenjeno",
    };
}
