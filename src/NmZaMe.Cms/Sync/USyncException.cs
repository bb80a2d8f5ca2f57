namespace NmZaMe.Cms.Sync;

/// <summary>The uSync folder cannot be imported; each error names the file and what is wrong with it. Nothing was written.</summary>
public sealed class USyncException(IReadOnlyList<string> errors)
    : Exception("uSync import failed; the database was left unchanged:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
