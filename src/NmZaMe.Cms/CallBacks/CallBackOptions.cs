namespace NmZaMe.Cms.CallBacks;

/// <summary><c>NmZaMe:CallBack</c>: the key that seals call-back requests, the languages offered and how long requests are kept.</summary>
public sealed class CallBackOptions
{
    /// <summary>
    /// Base64 of 32 random bytes (AES-256-GCM), from the environment (<c>NmZaMe__CallBack__EncryptionKey</c>) or a secret
    /// store, never from the database. Without it a key is made once in <c>{DataDirectory}/keys/callback.key</c>, which
    /// suits one node; several nodes must all be given the same key.
    /// </summary>
    public string? EncryptionKey { get; set; }

    /// <summary>Languages offered besides Slovenian and English, as ISO codes (e.g. <c>hr</c>, <c>uk</c>), set by the office.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Days a request is kept after it was marked done or could-not-reach.</summary>
    public int DeleteDaysAfterClosed { get; set; } = 30;

    /// <summary>Days after arrival when a request still open (new or contacted) is deleted anyway.</summary>
    public int DeleteDaysAfterArrival { get; set; } = 90;

    /// <summary>Days before that deletion when the office is warned by e-mail.</summary>
    public int WarnDaysBefore { get; set; } = 7;

    /// <summary>How often the retention job looks, in minutes.</summary>
    public double CheckMinutes { get; set; } = 60;
}
