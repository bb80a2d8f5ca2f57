using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace NmZaMe.Cms.Media;

/// <summary>
/// Media files on disk, outside the web root: <c>{root}/{id}.{ext}</c>, where the id is random and the extension comes
/// from the detected type. No part of a user's file name ever reaches a path, so traversal has nothing to work with.
/// </summary>
public sealed partial class MediaFileStore(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static bool IsId(string id) => FileId().IsMatch(id);

    /// <summary>The file's path, or null for anything that is not an id and an accepted extension.</summary>
    public string? PathOf(string id, string extension) =>
        IsId(id) && MediaFileType.ContentTypes.ContainsKey(extension) ? Path.Combine(Root, $"{id}.{extension}") : null;

    /// <summary>Writes to a temporary file and moves it into place, so a reader never sees half a file.</summary>
    public async Task<string> WriteAsync(string id, string extension, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var target = PathOf(id, extension) ?? throw new ArgumentException("Not a media file id.", nameof(id));
        var temp = Path.Combine(Root, ".tmp", $"{id}.part");
        Directory.CreateDirectory(Path.GetDirectoryName(temp)!);
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(content, cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }

            File.Move(temp, target);
            return target;
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    public void Delete(string id, string extension)
    {
        if (PathOf(id, extension) is { } path)
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// The name in the file's URL and download: the user's name folded to ASCII letters, digits and dashes, with the
    /// detected extension, so it is safe in a URL, a header and any file system it is saved to.
    /// </summary>
    public static string SafeFileName(string? originalName, string extension)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName((originalName ?? string.Empty).Replace('\\', '/'))).Normalize(NormalizationForm.FormD);
        var text = new StringBuilder();
        foreach (var ch in stem)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = char.ToLowerInvariant(ch == 'đ' || ch == 'Đ' ? 'd' : ch);
            text.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_' ? c : '-');
        }

        var safe = Dashes().Replace(text.ToString(), "-").Trim('-');
        if (safe.Length > 80)
        {
            safe = safe[..80].TrimEnd('-');
        }

        return (safe.Length == 0 ? "datoteka" : safe) + "." + extension;
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex FileId();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Dashes();
}
