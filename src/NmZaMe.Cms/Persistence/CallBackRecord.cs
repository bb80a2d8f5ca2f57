namespace NmZaMe.Cms.Persistence;

/// <summary>Where a call-back request stands. Done and could-not-reach close it; closed requests are deleted after a while.</summary>
public enum CallBackStatus
{
    New,
    Contacted,
    Done,
    CouldNotReach,
}

/// <summary>
/// "Pokličite me": a person asked the Local Welfare Office to call them back. Everything that identifies the person
/// (contact, first name, when reachable, the note) is in <see cref="Sealed"/>, encrypted with a key that is not in the
/// database (<c>CallBacks/CallBackSealer</c>); the rest is what the office needs to sort and count requests.
/// </summary>
public sealed class CallBackRecord
{
    public long Id { get; set; }

    /// <summary>Also the associated data of the encryption, so a sealed value copied to another row does not open.</summary>
    public Guid Key { get; set; }

    public DateTime ArrivedAt { get; set; }

    public CallBackStatus Status { get; set; }

    /// <summary>When the status last changed (the arrival while new): closed requests are deleted counting from here.</summary>
    public DateTime StatusChangedAt { get; set; }

    /// <summary>The language the person wants to be called in (sl, en or one the office configured).</summary>
    public string Language { get; set; } = "sl";

    /// <summary>The life situation of the page the form was opened from, in clear for counting.</summary>
    public Guid? LifeChallenge { get; set; }

    /// <summary>The service of the page the form was opened from, in clear for counting.</summary>
    public Guid? Service { get; set; }

    public byte[] Sealed { get; set; } = [];

    /// <summary>When the office was warned that this untouched request will soon be deleted.</summary>
    public DateTime? WarnedAt { get; set; }
}

/// <summary>Who opened, changed or exported a call-back request, and when. It names the request only by its key.</summary>
public sealed class CallBackAccessRecord
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string UserName { get; set; } = string.Empty;

    public Guid RequestKey { get; set; }

    /// <summary>open, export, or status:&lt;new status&gt;.</summary>
    public string Action { get; set; } = string.Empty;
}

/// <summary>
/// One arrived request, counted per month and life situation for the insights page. Kept apart from the request and
/// without its key, so the count outlives the request's deletion and cannot lead back to it.
/// </summary>
public sealed class CallBackTallyRecord
{
    public long Id { get; set; }

    /// <summary>The first day of the month of arrival, UTC.</summary>
    public DateTime Month { get; set; }

    public Guid? LifeChallenge { get; set; }
}
