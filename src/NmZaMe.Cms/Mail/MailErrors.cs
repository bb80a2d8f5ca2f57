namespace NmZaMe.Cms.Mail;

/// <summary>What of a failure is kept in the log: the message, shortened, with the credentials blanked out.</summary>
internal static class MailErrors
{
    public const int MaxLength = 500;

    public static string Excerpt(Exception e, MailOptions options)
    {
        var text = e.GetType().Name + ": " + e.Message;
        foreach (var secret in new[] { options.Password, options.UserName })
        {
            if (!string.IsNullOrEmpty(secret))
            {
                text = text.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        text = text.ReplaceLineEndings(" ");
        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
    }
}
