using System.Buffers.Binary;
using System.Text;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Media;

/// <summary>A file's type as its bytes say, never as its name says; width and height for images, from the headers.</summary>
public sealed record MediaFileType(string Extension, string ContentType, bool IsImage, int? Width, int? Height)
{
    /// <summary>Extension → Content-Type of everything the store accepts; also the only extensions a stored file can have.</summary>
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["jpg"] = "image/jpeg",
        ["png"] = "image/png",
        ["gif"] = "image/gif",
        ["webp"] = "image/webp",
        ["pdf"] = "application/pdf",
    };

    // A browser decodes whatever it is given; a tiny file that claims 100 000 × 100 000 pixels is a memory bomb for it.
    private const long MaxPixels = 100_000_000;

    // Markup that would turn an image into an HTML or SVG polyglot if any client ever sniffed it.
    private static readonly byte[][] Markup = ["<script"u8.ToArray(), "<html"u8.ToArray(), "<svg"u8.ToArray(), "<!doctype"u8.ToArray(), "<iframe"u8.ToArray(), "<body"u8.ToArray()];

    /// <summary>The detected type, or null with the reason when the content is not an accepted image or PDF.</summary>
    public static (MediaFileType? Type, CmsError? Error) Detect(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            return (null, new CmsError(MediaCodes.EmptyFile));
        }

        MediaFileType? type;
        if (content.StartsWith("%PDF-"u8))
        {
            return IsPdf(content)
                ? (new MediaFileType("pdf", ContentTypes["pdf"], false, null, null), null)
                : (null, new CmsError(MediaCodes.BrokenPdf));
        }
        else if (content.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            type = Png(content);
        }
        else if (content.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            type = Jpeg(content);
        }
        else if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8))
        {
            type = content.Length >= 10 ? Image("gif", BinaryPrimitives.ReadUInt16LittleEndian(content[6..]), BinaryPrimitives.ReadUInt16LittleEndian(content[8..])) : null;
        }
        else if (content.Length >= 16 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            type = WebP(content);
        }
        else
        {
            return (null, LooksLikeSvg(content)
                ? new CmsError(MediaCodes.Svg)
                : new CmsError(MediaCodes.TypeNotAllowed));
        }

        if (type is null || type.Width is not > 0 || type.Height is not > 0)
        {
            return (null, new CmsError(MediaCodes.BrokenImage));
        }

        if ((long)type.Width * type.Height.Value > MaxPixels)
        {
            return (null, new CmsError(MediaCodes.TooManyPixels));
        }

        if (ContainsMarkup(content))
        {
            return (null, new CmsError(MediaCodes.Markup));
        }

        return (type, null);
    }

    /// <summary>
    /// A PDF's skeleton, not only its first five bytes: a version, at least one indirect object, a trailer or
    /// cross-reference pointer and the end-of-file marker near the end; and no markup in the head, where a browser
    /// that ignored the type would sniff (an HTML page prefixed with "%PDF-" was stored and served as a PDF).
    /// </summary>
    private static bool IsPdf(ReadOnlySpan<byte> c)
    {
        var tail = c[Math.Max(0, c.Length - 1024)..];
        var head = c[..Math.Min(c.Length, 1024)];
        return c.Length > 8 && c[5] is (byte)'1' or (byte)'2' && c[6] == (byte)'.' && char.IsAsciiDigit((char)c[7])
            && c.IndexOf(" obj"u8) > 0 && c.IndexOf("endobj"u8) > 0
            && (c.IndexOf("trailer"u8) > 0 || c.IndexOf("startxref"u8) > 0)
            && tail.IndexOf("%%EOF"u8) >= 0
            && !ContainsMarkup(head);
    }

    private static MediaFileType Image(string extension, int width, int height) => new(extension, ContentTypes[extension], true, width, height);

    private static MediaFileType? Png(ReadOnlySpan<byte> c) =>
        c.Length >= 24 && c[12..16].SequenceEqual("IHDR"u8)
            ? Image("png", (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(c[16..]), int.MaxValue), (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(c[20..]), int.MaxValue))
            : null;

    /// <summary>Walks the JPEG segments to the first start-of-frame marker, which holds the size.</summary>
    private static MediaFileType? Jpeg(ReadOnlySpan<byte> c)
    {
        var i = 2;
        while (i + 9 < c.Length)
        {
            if (c[i] != 0xFF)
            {
                return null;
            }

            var marker = c[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(c[(i + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return Image("jpg", BinaryPrimitives.ReadUInt16BigEndian(c[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(c[(i + 5)..]));
            }

            if (length < 2 || marker is 0xD9 or 0xDA)
            {
                return null;
            }

            i += 2 + length;
        }

        return null;
    }

    private static MediaFileType? WebP(ReadOnlySpan<byte> c)
    {
        var chunk = c[12..16];
        if (chunk.SequenceEqual("VP8 "u8) && c.Length >= 30)
        {
            return Image("webp", BinaryPrimitives.ReadUInt16LittleEndian(c[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(c[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8) && c.Length >= 25 && c[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(c[21..]);
            return Image("webp", (int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8) && c.Length >= 30)
        {
            return Image("webp", (c[24] | c[25] << 8 | c[26] << 16) + 1, (c[27] | c[28] << 8 | c[29] << 16) + 1);
        }

        return null;
    }

    private static bool LooksLikeSvg(ReadOnlySpan<byte> content)
    {
        var head = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 2048)]);
        return head.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }

    private static bool ContainsMarkup(ReadOnlySpan<byte> content)
    {
        for (var i = content.IndexOf((byte)'<'); i >= 0; i = content[(i + 1)..].IndexOf((byte)'<') is var next and >= 0 ? i + 1 + next : -1)
        {
            foreach (var tag in Markup)
            {
                if (content.Length - i >= tag.Length && Ascii.EqualsIgnoreCase(content.Slice(i, tag.Length), tag))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
