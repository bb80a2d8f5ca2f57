namespace NmZaMe.Web.BackOffice.Content;

public sealed record ApprovalView(Guid Key, IReadOnlyList<DraftComparison.Row> Changes);
