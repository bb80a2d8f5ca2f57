using System.Text;

namespace NmZaMe.Cms.Spreadsheets;

/// <summary>Why a file could not be read as a spreadsheet; the host words each code.</summary>
public enum SpreadsheetFileError
{
    None,

    /// <summary>Neither XLSX nor CSV (by name and content).</summary>
    Unsupported,

    /// <summary>A CSV that is not UTF-8 (e.g. saved as Windows-1250), or an XLSX that cannot be opened.</summary>
    Unreadable,

    /// <summary>More rows than <see cref="SpreadsheetFile.MaxRows"/>, or a sheet that unpacks too large.</summary>
    TooLarge,

    /// <summary>No header row.</summary>
    Empty,
}

/// <summary>
/// An uploaded catalogue file as rows of text: XLSX (recognised by its zip signature) or CSV in UTF-8, with or without a
/// byte order mark. Both readers strip the apostrophe the export put in front of formula-like values.
/// </summary>
public static class SpreadsheetFile
{
    /// <summary>A catalogue of a few hundred items fits many times over; more is a wrong file or an attack.</summary>
    public const int MaxRows = 5000;

    // A sheet part unpacks to far more than the upload's size; this bounds it (a zip bomb stops here).
    private const long MaxCharactersInPart = 50_000_000;

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    public sealed record Result(IReadOnlyList<IReadOnlyList<string>> Rows, SpreadsheetFileError Error);

    public static Result Read(byte[] content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var isZip = content.AsSpan().StartsWith(ZipSignature);
        IReadOnlyList<IReadOnlyList<string>> rows;
        if (extension == ".xlsx" || (isZip && extension != ".csv"))
        {
            if (!isZip)
            {
                return new([], SpreadsheetFileError.Unreadable);
            }

            try
            {
                using var stream = new MemoryStream(content, writable: false);
                rows = XlsxTable.Read(stream, MaxCharactersInPart);
            }
            catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or IOException
                or System.Xml.XmlException or InvalidOperationException or ArgumentException or KeyNotFoundException or FormatException)
            {
                // The SDK reports an oversized part as an invalid package; either way the file cannot be used.
                return new([], SpreadsheetFileError.Unreadable);
            }
        }
        else if (extension == ".csv" && !isZip)
        {
            string text;
            try
            {
                text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
            }
            catch (DecoderFallbackException)
            {
                return new([], SpreadsheetFileError.Unreadable);
            }

            rows = CsvTable.Read(text);
        }
        else
        {
            return new([], SpreadsheetFileError.Unsupported);
        }

        // Spreadsheet programs keep formatted but empty rows at the end; they carry nothing.
        var kept = rows.Where(r => r.Any(c => c.Trim().Length > 0)).ToList();
        return kept.Count == 0 ? new([], SpreadsheetFileError.Empty)
            : kept.Count > MaxRows + 1 ? new([], SpreadsheetFileError.TooLarge)
            : new(rows, SpreadsheetFileError.None);
    }
}
