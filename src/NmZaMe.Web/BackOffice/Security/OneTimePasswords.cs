using System.Security.Cryptography;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>Generated passwords (first start, reset by an administrator): random, long, easy to type, never on the common list.</summary>
public static class OneTimePasswords
{
    private const string Alphabet = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>Four groups of five characters from 54: about 115 bits.</summary>
    public static string Generate() =>
        string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 5)));
}
