using System.Collections.Frozen;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>The shipped list of common and breached passwords (<c>common-passwords.txt</c>, an embedded resource).</summary>
public sealed class CommonPasswords
{
    private readonly FrozenSet<string> _passwords;

    public CommonPasswords()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("NmZaMe.Web.BackOffice.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-passwords list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                passwords.Add(line);
            }
        }

        _passwords = passwords.ToFrozenSet(StringComparer.Ordinal);
    }

    public int Count => _passwords.Count;

    /// <summary>Case is ignored: "Password123" is as guessable as "password123".</summary>
    public bool Contains(string password) => _passwords.Contains(password.ToLowerInvariant());
}
