namespace NmZaMe.Web.Hosting;

/// <summary>The host's part of section <c>NmZaMe</c>; the engine's part (data directory, database, uSync, scheduling) is <c>CmsOptions</c>.</summary>
public sealed class NmZaMeOptions
{
    public const string Section = "NmZaMe";

    public DeliveryApiOptions DeliveryApi { get; set; } = new();

    public UnattendedOptions Unattended { get; set; } = new();

    public BackOffice.BackOfficeOptions BackOffice { get; set; } = new();

    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();
}

/// <summary>The first administrator, for installations that must not print a generated password.</summary>
public sealed class UnattendedOptions
{
    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public string? AdminName { get; set; }
}

public sealed class DeliveryApiOptions
{
    public bool Enabled { get; set; } = true;

    public bool PublicAccess { get; set; } = true;

    public string? ApiKey { get; set; }

    /// <summary>Largest page a query may ask for. Umbraco has no limit; an unbounded page is a denial of service.</summary>
    public int MaxTake { get; set; } = 100;

    public bool MediaEnabled { get; set; } = true;
}
