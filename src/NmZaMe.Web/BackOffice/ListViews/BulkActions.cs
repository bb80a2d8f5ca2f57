using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.BackOffice.ListViews;

/// <summary>
/// A list view's bulk actions, one item at a time through the same use cases as the item's own pages: whatever would
/// change the live site without the publish permission becomes the same approval request those pages send (a draft sent
/// for approval, or a move, unpublish or trash request), so nothing live changes. Language rights hold as in the
/// editor: publishing republishes only the cultures the editor may publish, and an invariant item, a whole-item
/// unpublish or a check (shared values) needs the default language. Each item gets its own outcome.
/// </summary>
public sealed class BulkActions(CmsDbContext db, ContentSchema schema, ContentCommit commit, MailOutbox outbox, TimeProvider time, CurrentEditor editor)
{
    /// <summary>What happened to one item: <see cref="Done"/>, <see cref="Requested"/> (sent for approval) or <see cref="Refused"/> with the reason.</summary>
    /// <remarks><paramref name="Reason"/>: a code of this page or of "confirm unchanged"; <paramref name="Error"/>: a use case's refusal.</remarks>
    public sealed record Outcome(Guid Key, string Name, string Code, string? Reason = null, CmsError? Error = null);

    public const string Done = "done";
    public const string Requested = "requested";
    public const string Refused = "refused";

    /// <summary>Reasons given as codes; the page has the words.</summary>
    public const string NotPublished = "notPublished";
    public const string NotFound = "notFound";

    private bool MayPublish => editor.Can(Permissions.ContentPublish);

    public async Task<List<Outcome>> PublishAsync(IReadOnlyList<NodeRecord> nodes, CancellationToken cancellationToken)
    {
        var outcomes = new List<Outcome>();
        foreach (var node in nodes)
        {
            var type = schema.GetContentType(node.ContentTypeAlias);
            var draft = ContentData.Deserialize(node.DraftData);
            var cultures = type?.VariesByCulture == true ? draft.Names.Keys.Where(c => c.Length > 0 && editor.CanEditCulture(c)).ToList() : [];
            if (type?.VariesByCulture == true ? cultures.Count == 0 : !editor.CanEditCulture(string.Empty))
            {
                outcomes.Add(LanguageRefused(node, draft.Names.Keys.FirstOrDefault(c => !editor.CanEditCulture(c))));
                continue;
            }

            if (MayPublish)
            {
                var result = await new PublishContent(db, schema, commit).ExecuteAsync(node.Key, cultures, editor.UserName, cancellationToken);
                outcomes.Add(Of(node, result, Done));
                continue;
            }

            // The draft as it is, sent for approval: the approver publishes exactly these cultures.
            var command = new SaveContentCommand(node.Key, null, node.ContentTypeAlias, draft.Names, new Dictionary<string, IReadOnlyDictionary<string, string?>>(), null, editor.UserName);
            var requested = await new RequestApproval(db, new SaveContent(db, schema, commit), outbox).ExecuteAsync(command, cultures, cancellationToken);
            outcomes.Add(Of(node, requested, Requested));
        }

        return outcomes;
    }

    public async Task<List<Outcome>> UnpublishAsync(IReadOnlyList<NodeRecord> nodes, CancellationToken cancellationToken)
    {
        var outcomes = new List<Outcome>();
        foreach (var node in nodes)
        {
            if (node.PublishedData is null)
            {
                outcomes.Add(new Outcome(node.Key, Name(node), Refused, NotPublished));
                continue;
            }

            // The whole item goes off the site, its shared values with it: the default language's right, as on the item's page.
            if (!editor.CanEditCulture(string.Empty))
            {
                outcomes.Add(LanguageRefused(node, string.Empty));
                continue;
            }

            var result = await new UnpublishContent(db, schema, commit).ExecuteAsync(node.Key, null, MayPublish, editor.UserName, cancellationToken);
            outcomes.Add(result.Outcome == ContentOutcome.NeedsApproval
                ? await RequestAsync(node, ContentRequestKind.Unpublish, string.Empty, cancellationToken)
                : Of(node, result, Done));
        }

        return outcomes;
    }

    public async Task<List<Outcome>> MoveAsync(IReadOnlyList<NodeRecord> nodes, Guid? parentKey, CancellationToken cancellationToken)
    {
        var outcomes = new List<Outcome>();
        foreach (var node in nodes)
        {
            var result = await new MoveContent(db, schema, commit).ExecuteAsync(node.Key, parentKey, MayPublish, editor.UserName, cancellationToken);
            outcomes.Add(result.Outcome == ContentOutcome.NeedsApproval
                ? await RequestAsync(node, ContentRequestKind.Move, ContentRequests.Parent(parentKey), cancellationToken)
                : Of(node, result, Done));
        }

        return outcomes;
    }

    public async Task<List<Outcome>> TrashAsync(IReadOnlyList<NodeRecord> nodes, CancellationToken cancellationToken)
    {
        var outcomes = new List<Outcome>();
        foreach (var node in nodes)
        {
            var result = await new TrashContent(db, commit).ExecuteAsync(node.Key, MayPublish, editor.UserName, cancellationToken);
            outcomes.Add(result.Outcome == ContentOutcome.NeedsApproval
                ? await RequestAsync(node, ContentRequestKind.Trash, string.Empty, cancellationToken)
                : Of(node, result, Done));
        }

        return outcomes;
    }

    /// <summary>"Confirm unchanged" for all of them at once, with the rights of the dashboard's checkboxes.</summary>
    public async Task<List<Outcome>> CheckAsync(IReadOnlyList<NodeRecord> nodes, CancellationToken cancellationToken)
    {
        var result = await new ConfirmUnchanged(db, schema, commit, time).ExecuteAsync(nodes.Select(n => n.Key).ToList(),
            Reviews.ConfirmModel.Confirmer(db, schema, commit, editor, outbox), cancellationToken);
        return nodes.Select(n => result.Refused.TryGetValue(n.Key, out var code)
            ? code == ConfirmUnchanged.SharedLanguage ? LanguageRefused(n, string.Empty) : new Outcome(n.Key, Name(n), Refused, code)
            : new Outcome(n.Key, Name(n), result.Requested.Contains(n.Key) ? Requested : Done)).ToList();
    }

    /// <summary>Refused for a language the editor's groups do not allow ("" names the default language, which owns the shared values).</summary>
    private Outcome LanguageRefused(NodeRecord node, string? culture) =>
        new(node.Key, Name(node), Refused, null, new CmsError(ContentCodes.CultureNotAllowed, string.IsNullOrEmpty(culture) ? schema.DefaultCulture : culture));

    private async Task<Outcome> RequestAsync(NodeRecord node, ContentRequestKind kind, string argument, CancellationToken cancellationToken)
    {
        var sent = await new RequestContentChange(db, outbox).ExecuteAsync(kind, node.Key, argument, editor.UserName, cancellationToken);
        return Of(node, sent, Requested);
    }

    private Outcome Of(NodeRecord node, ContentResult result, string success) => result.Outcome switch
    {
        ContentOutcome.Ok => new Outcome(node.Key, Name(node), success),
        ContentOutcome.NotFound => new Outcome(node.Key, Name(node), Refused, NotFound),
        _ => new Outcome(node.Key, Name(node), Refused, null, result.Errors.Values.FirstOrDefault()),
    };

    private string Name(NodeRecord node) => NodeNames.Of(node, schema);
}
