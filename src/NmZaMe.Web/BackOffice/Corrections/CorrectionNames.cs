using NmZaMe.Cms.Persistence;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Corrections;

/// <summary>The back office's words for a correction's status.</summary>
public static class CorrectionNames
{
    public static string Status(BackOfficeText T, CorrectionStatus status) => status switch
    {
        CorrectionStatus.New => T["nov"],
        CorrectionStatus.Accepted => T["sprejet, v urejanju"],
        CorrectionStatus.Rejected => T["zavrnjen"],
        CorrectionStatus.Done => T["urejen"],
        _ => status.ToString(),
    };

    public static CorrectionStatus? Parse(string? status) => Enum.TryParse<CorrectionStatus>(status, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s : null;
}
