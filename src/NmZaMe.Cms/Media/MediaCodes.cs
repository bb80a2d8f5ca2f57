namespace NmZaMe.Cms.Media;

/// <summary>The codes media use cases return (<see cref="Text.CmsError"/>); the arguments each takes are in its comment.</summary>
public static class MediaCodes
{
    public const string FolderMissing = "media.folderMissing";
    public const string FolderIntoItself = "media.folderIntoItself";
    public const string FolderNotEmpty = "media.folderNotEmpty";
    public const string InUse = "media.inUse";                         // names of the content using it, joined
    public const string FolderNameRequired = "media.folderNameRequired";
    public const string ChooseFile = "media.chooseFile";
    public const string FileTooLarge = "media.fileTooLarge";           // megabytes (double)
    public const string NoMediaType = "media.noMediaType";
    public const string EmptyFile = "media.emptyFile";
    public const string BrokenPdf = "media.brokenPdf";
    public const string Svg = "media.svg";
    public const string TypeNotAllowed = "media.typeNotAllowed";
    public const string BrokenImage = "media.brokenImage";
    public const string TooManyPixels = "media.tooManyPixels";
    public const string Markup = "media.markup";
    public const string AltTextRequired = "media.altTextRequired";
    public const string AltTextTooLong = "media.altTextTooLong";      // max
}
