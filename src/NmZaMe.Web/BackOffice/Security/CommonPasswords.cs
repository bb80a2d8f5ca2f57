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
        // Short cores ("abc" of "abc1234567") would refuse good passwords that merely start the same way.
        _cores = passwords.Select(PasswordCore.Of).Where(c => c.Length >= 5).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>This application's own words (ASVS 6.1.2), as cores; a password made of them and decoration is refused.</summary>
    public static IReadOnlyList<string> ContextWords { get; } =
        ["nmzame", "umbraco", "novomesto", "pisarnalokalneblaginje", "lokalneblaginje", "blaginja", "blaginje"];

    private readonly FrozenSet<string> _cores;

    public int Count => _passwords.Count;

    /// <summary>Case is ignored: "Password123" is as guessable as "password123".</summary>
    public bool Contains(string password) => _passwords.Contains(password.ToLowerInvariant());

    /// <summary>
    /// The password as typed is on the list, or its core (<see cref="PasswordCore"/>) is the core of a listed password,
    /// or nothing is left of it beside the context words and the given personal words (name, e-mail).
    /// </summary>
    public bool IsGuessable(string password, IEnumerable<string?> personal)
    {
        if (Contains(password))
        {
            return true;
        }

        var core = PasswordCore.Of(password);
        var words = ContextWords.Concat(personal.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => PasswordCore.Of(p!)));
        return _cores.Contains(core) || PasswordCore.IsOnly(core, words);
    }
}
