using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Requests;

/// <summary>The office's words for a call-back request's status and the names of the pages it came from.</summary>
public static class RequestNames
{
    public static string Status(BackOfficeText T, CallBackStatus status) => status switch
    {
        CallBackStatus.New => T["novo"],
        CallBackStatus.Contacted => T["v stiku"],
        CallBackStatus.Done => T["rešeno"],
        CallBackStatus.CouldNotReach => T["ni bilo mogoče doseči"],
        _ => status.ToString(),
    };

    /// <summary>An item's name in the user's language, or nothing when it is gone from the catalogue.</summary>
    public static string? Item(ISnapshotSource snapshots, BackOfficeText T, Guid? key) =>
        key is { } k && snapshots.IsLoaded && snapshots.Current.Get(k) is { } item
            ? item.Name(T.IsEnglish ? "en-US" : "sl-SI") ?? item.Name("sl-SI")
            : null;

    public static string Action(BackOfficeText T, string action) => action switch
    {
        "open" => T["odprto"],
        "export" => T["izvoženo"],
        _ when action.StartsWith("status:", StringComparison.Ordinal) && Enum.TryParse<CallBackStatus>(action["status:".Length..], out var s) => T["stanje: {0}", Status(T, s)],
        _ => action,
    };
}
