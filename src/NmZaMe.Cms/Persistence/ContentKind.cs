namespace NmZaMe.Cms.Persistence;

/// <summary>Whether a node (and the type it is made from) is a document or a media item; stored as <c>cmsNode.Kind</c>.</summary>
public enum ContentKind
{
    Document = 0,
    Media = 1,
}
