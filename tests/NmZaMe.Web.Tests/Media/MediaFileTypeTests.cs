using System.Text;
using NmZaMe.Cms.Media;

namespace NmZaMe.Web.Tests.Media;

/// <summary>Type and size read from the bytes of each accepted format; anything else refused whatever its name.</summary>
public sealed class MediaFileTypeTests
{
    [Fact]
    public void Jpeg_size_comes_from_the_start_of_frame_after_other_segments()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
            0xFF, 0xFE, 0x00, 0x05, (byte)'h', (byte)'i', (byte)'!',
            0xFF, 0xC2, 0x00, 0x11, 0x08, 0x01, 0x2C, 0x02, 0x58, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
            0xFF, 0xD9,
        ];

        var (type, error) = MediaFileType.Detect(jpeg);

        Assert.Null(error);
        Assert.Equal(("jpg", "image/jpeg", 600, 300), (type!.Extension, type.ContentType, type.Width, type.Height));
    }

    [Fact]
    public void Gif_and_webp_sizes_come_from_their_headers()
    {
        var gif = "GIF89a"u8.ToArray().Concat(new byte[] { 0x40, 0x01, 0xC8, 0x00, 0, 0, 0, 0x3B }).ToArray();
        var webp = "RIFF"u8.ToArray().Concat(new byte[] { 22, 0, 0, 0 }).Concat("WEBPVP8X"u8.ToArray())
            .Concat(new byte[] { 10, 0, 0, 0, 0, 0, 0, 0, 0x1F, 0x03, 0x00, 0x57, 0x02, 0x00 }).ToArray();

        var (gifType, _) = MediaFileType.Detect(gif);
        var (webpType, _) = MediaFileType.Detect(webp);

        Assert.Equal(("gif", 320, 200), (gifType!.Extension, gifType.Width, gifType.Height));
        Assert.Equal(("webp", "image/webp", 800, 600), (webpType!.Extension, webpType.ContentType, webpType.Width, webpType.Height));
    }

    [Fact]
    public void A_pdf_needs_a_pdf_structure_not_only_its_first_bytes()
    {
        Assert.Equal("pdf", MediaFileType.Detect(TestFiles.Pdf()).Type?.Extension);
        foreach (var fake in new[]
        {
            "%PDF-1.4\n<html><script>alert(1)</script></html>",
            "%PDF-1.4\n<html><script>alert(1)</script>1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
            "%PDF-",
            "%PDF-1.4\n1 0 obj<<>>endobj\n",
        })
        {
            var (type, error) = MediaFileType.Detect(Encoding.ASCII.GetBytes(fake));
            Assert.Null(type);
            Assert.Equal(MediaCodes.BrokenPdf, error?.Code);
        }
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", MediaCodes.Svg)]
    [InlineData("<html><script>alert(1)</script></html>", MediaCodes.TypeNotAllowed)]
    [InlineData("MZ\u0090\u0000 executable", MediaCodes.TypeNotAllowed)]
    [InlineData("", MediaCodes.EmptyFile)]
    public void Other_content_is_refused(string content, string reason)
    {
        var (type, error) = MediaFileType.Detect(Encoding.UTF8.GetBytes(content));

        Assert.Null(type);
        Assert.Equal(reason, error?.Code);
    }

    [Fact]
    public void A_truncated_png_or_a_pixel_bomb_is_refused()
    {
        var png = TestFiles.Png(2, 2);
        var bomb = (byte[])png.Clone();
        bomb[16] = 0x00; bomb[17] = 0x01; bomb[18] = 0x86; bomb[19] = 0xA0; // width 100 000
        bomb[20] = 0x00; bomb[21] = 0x01; bomb[22] = 0x86; bomb[23] = 0xA0; // height 100 000

        Assert.Equal(MediaCodes.BrokenImage, MediaFileType.Detect(png.AsSpan(0, 20)).Error?.Code);
        Assert.Equal(MediaCodes.TooManyPixels, MediaFileType.Detect(bomb).Error?.Code);
    }

    [Theory]
    [InlineData("Logo Pisarne č.PNG", "png", "logo-pisarne-c.png")]
    [InlineData("../../etc/passwd", "pdf", "passwd.pdf")]
    [InlineData("..\\..\\Šola Đurđa.jpg.exe", "jpg", "sola-durda-jpg.jpg")]
    [InlineData("<script>.gif", "gif", "script.gif")]
    [InlineData("", "pdf", "datoteka.pdf")]
    public void Stored_names_are_ascii_with_the_detected_extension(string original, string extension, string expected) =>
        Assert.Equal(expected, MediaFileStore.SafeFileName(original, extension));
}
