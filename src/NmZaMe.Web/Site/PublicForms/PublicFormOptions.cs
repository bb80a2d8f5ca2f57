namespace NmZaMe.Web.Site.PublicForms;

/// <summary><c>NmZaMe:PublicForms</c>: the defences every anonymous form of the public site shares (<see cref="PublicFormGuard"/>).</summary>
public sealed class PublicFormOptions
{
    public const string Section = "NmZaMe:PublicForms";

    /// <summary>A form sent sooner after it was shown is refused: people read and type, scripts do not.</summary>
    public double MinimumSeconds { get; set; } = 3;

    /// <summary>A form older than this is refused (its token expired); the person sends it again from the page shown.</summary>
    public double MaximumMinutes { get; set; } = 120;

    /// <summary>Sendings of any public form accepted from one address (an IPv6 /64) per window; more answer 429.</summary>
    public int PostsPerAddress { get; set; } = 10;

    public double WindowMinutes { get; set; } = 10;
}
