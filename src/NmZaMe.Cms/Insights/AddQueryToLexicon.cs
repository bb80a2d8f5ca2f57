using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search.Understanding;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Insights;

/// <summary>
/// One step from a query people asked to search that understands it: a new lexicon entry (<c>layTerm</c>) with the
/// query as a lay phrase in its culture, optionally the catalogue's terms for it and a life situation, saved and
/// published like any content (so it is versioned, audited and applied to search after the commit).
/// </summary>
public sealed class AddQueryToLexicon(SaveContent save, PublishContent publish, ISnapshotSource snapshots)
{
    public sealed record Command(string Query, string Culture, string? Terms, Guid? LifeChallenge, string? UserName);

    /// <summary>Error codes this use case returns; the back office has the words.</summary>
    public static class Errors
    {
        public const string EmptyOrMasked = "lexicon.queryEmptyOrMasked";
        public const string UnknownCulture = "lexicon.unknownCulture";
        public const string NoLexiconFolder = "lexicon.noFolder";
        public const string NotLifeChallenge = "lexicon.notLifeChallenge";
        public const string NothingToMapTo = "lexicon.nothingToMapTo";
    }

    public async Task<ContentResult> ExecuteAsync(Command command, CancellationToken cancellationToken = default)
    {
        var snapshot = snapshots.Current;
        var phrase = QueryMasking.Normalise(command.Query);
        var culture = snapshot.Schema.NormaliseCulture(command.Culture);
        var folder = snapshot.All.FirstOrDefault(c => c.ContentType.Alias == "searchLexicon");
        var errors = new Dictionary<string, CmsError>();
        if (phrase.Length == 0 || phrase.Contains('[', StringComparison.Ordinal))
        {
            errors["phrases"] = new CmsError(Errors.EmptyOrMasked);
        }

        if (culture is null)
        {
            errors["culture"] = new CmsError(Errors.UnknownCulture);
        }

        if (folder is null)
        {
            errors[""] = new CmsError(Errors.NoLexiconFolder);
        }

        if (command.LifeChallenge is { } lc && snapshot.Get(lc)?.ContentType.Alias != "lifeChallenge")
        {
            errors["lifeChallenges"] = new CmsError(Errors.NotLifeChallenge);
        }

        var terms = (command.Terms ?? string.Empty).Trim();
        if (terms.Length == 0 && command.LifeChallenge is null)
        {
            errors["terms"] = new CmsError(Errors.NothingToMapTo);
        }

        if (errors.Count > 0)
        {
            return ContentResult.Invalid(Guid.Empty, errors);
        }

        var key = Guid.NewGuid();
        var values = new Dictionary<string, IReadOnlyDictionary<string, string?>>
        {
            ["phrases"] = new Dictionary<string, string?> { [culture!] = phrase },
            ["terms"] = new Dictionary<string, string?> { [culture!] = terms.Length > 0 ? terms : null },
            ["lifeChallenges"] = new Dictionary<string, string?> { [string.Empty] = command.LifeChallenge is { } k ? Udi.Document(k) : null },
            ["twoWay"] = new Dictionary<string, string?> { [string.Empty] = "0" },
        };
        var saved = await save.ExecuteAsync(new SaveContentCommand(key, folder!.Key, LayLexicon.ContentType, new Dictionary<string, string> { [culture!] = phrase }, values, UserName: command.UserName), cancellationToken);
        return saved.Succeeded ? await publish.ExecuteAsync(key, [culture!], command.UserName, cancellationToken) : saved;
    }
}
