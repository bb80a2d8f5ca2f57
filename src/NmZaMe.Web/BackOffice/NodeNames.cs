using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Web.BackOffice;

/// <summary>An item's name for back-office lists, from its draft (so unpublished items have one too).</summary>
public static class NodeNames
{
    public static string Of(NodeRecord node, string culture)
    {
        var names = ContentData.Deserialize(node.DraftData).Names;
        return names.GetValueOrDefault(culture) ?? names.GetValueOrDefault(string.Empty) ?? names.Values.FirstOrDefault() ?? node.Key.ToString();
    }
}
