using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice;

/// <summary>An item's name for back-office lists, from its draft (so unpublished items have one too).</summary>
public static class NodeNames
{
    public static string Of(NodeRecord node, string culture)
    {
        var names = ContentData.Deserialize(node.DraftData).Names;
        return names.GetValueOrDefault(culture) ?? names.GetValueOrDefault(string.Empty) ?? names.Values.FirstOrDefault() ?? node.Key.ToString();
    }

    /// <summary>The name in the schema's default culture as the tree shows it, else the key.</summary>
    public static string Of(NodeRecord node, ContentSchema schema) =>
        ContentTree.NameOf(ContentData.Deserialize(node.DraftData), schema.DefaultCulture) is { Length: > 0 } name ? name : node.Key.ToString();
}
