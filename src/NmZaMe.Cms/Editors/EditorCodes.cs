namespace NmZaMe.Cms.Editors;

/// <summary>The codes property editors return (<see cref="Text.CmsError"/>); the arguments each takes are in its comment.</summary>
public static class EditorCodes
{
    public const string NoDataType = "editor.noDataType";             // property
    public const string Mandatory = "editor.mandatory";
    public const string Pattern = "editor.pattern";
    public const string NotTrueFalse = "editor.notTrueFalse";
    public const string NotInteger = "editor.notInteger";
    public const string NotDecimal = "editor.notDecimal";
    public const string NumberTooSmall = "editor.numberTooSmall";     // min
    public const string NumberTooLarge = "editor.numberTooLarge";     // max
    public const string NotDate = "editor.notDate";
    public const string ControlCharacters = "editor.controlCharacters";
    public const string TextTooLong = "editor.textTooLong";           // max, length
    public const string NotEmail = "editor.notEmail";
    public const string RichTextMalformed = "editor.richTextMalformed";
    public const string RichTextTooLong = "editor.richTextTooLong";
    public const string NotList = "editor.notList";
    public const string NotAllowedValue = "editor.notAllowedValue";   // value, allowed values joined
    public const string TagTooLong = "editor.tagTooLong";             // first 20 characters
    public const string OnlyOneValue = "editor.onlyOneValue";
    public const string UploadOutsideMedia = "editor.uploadOutsideMedia";
    public const string NotDocument = "editor.notDocument";
    public const string NotPickable = "editor.notPickable";           // what was sent
    public const string PickAtLeast = "editor.pickAtLeast";           // min
    public const string PickAtMost = "editor.pickAtMost";             // max
    public const string NotMedia = "editor.notMedia";
    public const string OnlyOneMedia = "editor.onlyOneMedia";
    public const string LinksMalformed = "editor.linksMalformed";
    public const string UnknownLinkType = "editor.unknownLinkType";   // type
    public const string LinkNotAllowed = "editor.linkNotAllowed";     // url
    public const string LinkWithoutDocument = "editor.linkWithoutDocument";
    public const string LinkTitleTooLong = "editor.linkTitleTooLong";
    public const string TooManyLinks = "editor.tooManyLinks";         // max
    public const string BlocksMalformed = "editor.blocksMalformed";
    public const string BlockWithoutContent = "editor.blockWithoutContent";         // block number
    public const string BlockTwice = "editor.blockTwice";                           // block number
    public const string TooManyBlocks = "editor.tooManyBlocks";                     // max
    public const string BlockUnknownType = "editor.blockUnknownType";               // block number
    public const string BlockTypeNotAllowed = "editor.blockTypeNotAllowed";         // block number, type name
    public const string BlockUnknownCulture = "editor.blockUnknownCulture";         // block number, property name, culture
    public const string BlockExposedInUnknownCulture = "editor.blockExposedInUnknownCulture"; // culture
    public const string BlockValue = "editor.blockValue";                           // block number, property name, inner error
    public const string BlockCultureValue = "editor.blockCultureValue";             // block number, property name, culture, inner error
}
