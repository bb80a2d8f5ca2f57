using NmZaMe.Cms.Persistence;

namespace NmZaMe.Web.Hosting;

public sealed class NmZaMeOptions
{
    public const string Section = "NmZaMe";

    /// <summary>Where the SQLite database, logs and media live. Relative paths are relative to the content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    public DatabaseOptions Database { get; set; } = new();

    public USyncOptions USync { get; set; } = new();

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

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

public sealed class USyncOptions
{
    /// <summary>The folder that holds <c>v17/</c>; by default the repository's top-level <c>uSync/</c>.</summary>
    public string? Folder { get; set; }

    public bool ImportAtStartup { get; set; } = true;
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
