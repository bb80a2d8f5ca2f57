namespace NmZaMe.Web.BackOffice.Media;

/// <summary><c>NmZaMe:Media</c> settings.</summary>
public sealed class MediaOptions
{
    public const string Section = "NmZaMe:Media";

    /// <summary>The largest file an editor may upload; the upload request as a whole is cut at <see cref="MaxRequestBytes"/>.</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How many files one upload form takes.</summary>
    public const int FilesPerUpload = 3;

    // Room for the form's text fields and multipart headers on top of the files themselves.
    public long MaxRequestBytes => (MaxUploadBytes * FilesPerUpload) + (64 * 1024);
}
