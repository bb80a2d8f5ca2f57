namespace NmZaMe.Cms.Persistence;

/// <summary>
/// A back-office form posted after its session had expired, kept in the database so the editor gets it back after
/// signing in on whichever node answers, also after a restart (review B5). Only what the restore needs: the account,
/// a hash of the address, the sealed fields and when they expire. The fields are sealed by the host (data protection
/// with the account in the purpose), so one account cannot read another's; whoever holds the data-protection
/// keys, which live in the same database, can.
/// </summary>
public sealed class KeptFormRecord
{
    public long Id { get; set; }

    /// <summary>The account whose expired session posted the form; only it can take the form back.</summary>
    public Guid Owner { get; set; }

    /// <summary>SHA-256 of the address (hex): a key of fixed length whatever the address, which is not kept as text.</summary>
    public string Address { get; set; } = string.Empty;

    public byte[] Payload { get; set; } = [];

    public DateTime ExpiresAt { get; set; }
}
