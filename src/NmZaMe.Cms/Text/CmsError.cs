using System.Globalization;

namespace NmZaMe.Cms.Text;

/// <summary>
/// What went wrong, as the engine reports it: a stable code and the values the message names (numbers, what the user
/// typed, a <see cref="SchemaText"/>, or another <see cref="CmsError"/> that it wraps). The engine never writes the
/// words: each host turns codes into its users' language (the back office in one table per feature), so a message
/// with values translates as well as one without.
/// </summary>
public sealed record CmsError(string Code, params object?[] Args)
{
    /// <summary>A message the document type itself carries (its mandatory or pattern message), given as the only argument.</summary>
    public const string SchemaMessage = "schema.message";

    /// <summary>A neutral form for logs, the uSync importer and tests: <c>code(arg, arg)</c>, in no language.</summary>
    public override string ToString() => Args.Length == 0 ? Code : $"{Code}({string.Join(", ", Args.Select(Show))})";

    private static string? Show(object? arg) => arg switch
    {
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => arg?.ToString(),
    };
}

/// <summary>
/// Words that come from the document types (a type's or property's name, a validation message), written in the
/// office's language: the host shows them in the user's language where it knows a translation.
/// </summary>
public sealed record SchemaText(string Text)
{
    public override string ToString() => Text;
}
