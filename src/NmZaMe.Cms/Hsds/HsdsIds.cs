using System.Security.Cryptography;
using System.Text;

namespace NmZaMe.Cms.Hsds;

/// <summary>
/// Ids of HSDS records that have no content key of their own (a phone, an address, a schedule, a term made from a
/// list value): name-based UUIDs (RFC 9562 version 5) of the parent's key, the kind of record and its position, so
/// the same record keeps its id across restarts, nodes and requests, and two kinds never share one.
/// </summary>
public static class HsdsIds
{
    /// <summary>The namespace of every NmZaMe HSDS name, chosen once at random: changing it would change every derived id.</summary>
    private static readonly Guid Namespace = new("9f2c1c4e-5d0a-5b7e-8a3e-6c0b9a1d2e47");

    public static Guid Derived(Guid parent, string kind, int index = 0) => V5(Namespace, $"{parent:D}/{kind}/{index}");

    /// <summary>For records that have no parent at all (a taxonomy, a term made from a list value).</summary>
    public static Guid Named(string name) => V5(Namespace, name);

    /// <summary>A version 5 (SHA-1, name-based) UUID of <paramref name="name"/> in the namespace <paramref name="space"/>.</summary>
    public static Guid V5(Guid space, string name)
    {
        Span<byte> input = stackalloc byte[16];
        space.TryWriteBytes(input, bigEndian: true, out _);
        var bytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[16 + bytes.Length];
        input.CopyTo(buffer);
        bytes.CopyTo(buffer, 16);
        var hash = SHA1.HashData(buffer);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
