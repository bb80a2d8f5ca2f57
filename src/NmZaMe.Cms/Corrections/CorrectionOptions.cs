namespace NmZaMe.Cms.Corrections;

/// <summary><c>NmZaMe:Corrections</c>: how long a citizen's e-mail address waits for its reply.</summary>
public sealed class CorrectionOptions
{
    /// <summary>Days after arrival when an address still unanswered is deleted (the suggestion stays, without it).</summary>
    public int ForgetEmailDaysAfterArrival { get; set; } = 90;

    /// <summary>How often the retention job looks, in minutes.</summary>
    public double CheckMinutes { get; set; } = 60;
}
