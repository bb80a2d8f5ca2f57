namespace NmZaMe.Cms.Content;

/// <summary>The codes content use cases return (<see cref="Text.CmsError"/>); the arguments each takes are in its comment.</summary>
public static class ContentCodes
{
    public const string Conflict = "content.conflict";
    public const string UnknownType = "content.unknownType";                 // type alias
    public const string ParentMissing = "content.parentMissing";
    public const string NotAllowedUnder = "content.notAllowedUnder";         // type name, parent type name
    public const string NotAllowedAtRoot = "content.notAllowedAtRoot";       // type name
    public const string TypeNotAllowedAtRoot = "content.typeNotAllowedAtRoot";
    public const string TypeNotAllowedUnderParent = "content.typeNotAllowedUnderParent";
    public const string UnknownCulture = "content.unknownCulture";           // culture
    public const string CultureNotOnItem = "content.cultureNotOnItem";       // culture
    public const string CultureNotAllowed = "content.cultureNotAllowed";     // culture the editor's groups do not allow
    public const string NameRequired = "content.nameRequired";
    public const string NameTooLong = "content.nameTooLong";                 // max
    public const string UnknownProperty = "content.unknownProperty";         // property alias, type alias
    public const string ChooseCultureToPublish = "content.chooseCultureToPublish";
    public const string NoteTooLong = "content.noteTooLong";                 // max
    public const string OriginalParentGone = "content.originalParentGone";
    public const string MoveIntoItself = "content.moveIntoItself";
    public const string CopyIntoItself = "content.copyIntoItself";
    public const string VersionWithoutName = "content.versionWithoutName";
    public const string ChildrenChanged = "content.childrenChanged";
    public const string BranchChanged = "content.branchChanged";
    public const string NotFoundOrTrashed = "content.notFoundOrTrashed";
    public const string PublishInPast = "schedule.publishInPast";
    public const string UnpublishInPast = "schedule.unpublishInPast";
    public const string UnpublishBeforePublish = "schedule.unpublishBeforePublish";
}
