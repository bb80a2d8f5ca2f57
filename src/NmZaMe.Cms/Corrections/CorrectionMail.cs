using NmZaMe.Cms.Mail;

namespace NmZaMe.Cms.Corrections;

/// <summary>To the editors of the item's organisation (else the office): a citizen suggested a correction. Nothing the citizen wrote, only the inbox's link.</summary>
public sealed record CorrectionSuggestedMail(Guid Correction, string ItemName, int Open) : MailModel;

/// <summary>To the citizen who left an address: their suggestion was dealt with (corrected, or not with the reason). Sent once.</summary>
public sealed record CorrectionAnsweredMail(string ItemName, bool Corrected, string? Reason) : MailModel;
