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
        _ => action,
    };
}
