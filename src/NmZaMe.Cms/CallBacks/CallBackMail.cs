using NmZaMe.Cms.Mail;

namespace NmZaMe.Cms.CallBacks;

/// <summary>To the office: a call-back request arrived. Nothing about the person, only how many wait, and the inbox's link.</summary>
public sealed record CallBackArrivedMail(int Waiting) : MailModel;

/// <summary>To the office: open requests that nobody closed will be deleted on <see cref="DeleteAtUtc"/> (the host shows the day in the office's time zone).</summary>
public sealed record CallBacksExpiringMail(int Count, DateTime DeleteAtUtc) : MailModel;
