using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace NmZaMe.Cms.Spreadsheets;

/// <summary>
/// One-sheet XLSX through Microsoft's Open XML SDK. Every cell is an inline string, so Excel shows values as stored and
/// never evaluates them; the same formula guard as in CSV still applies, for files re-saved as CSV.
/// </summary>
public static class XlsxTable
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(IEnumerable<IReadOnlyList<string>> rows, string sheetName)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint index = 1;
            foreach (var row in rows)
            {
                var line = new Row { RowIndex = index };
                for (var i = 0; i < row.Count; i++)
                {
                    line.Append(new Cell
                    {
                        CellReference = ColumnName(i) + index,
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(FormulaGuard.Protect(row[i])) { Space = SpaceProcessingModeValues.Preserve }),
                    });
                }

                data.Append(line);
                index++;
            }

            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The first sheet's cells as text (shared, inline or plain values); gaps in a row become empty strings. A part that
    /// unpacks to more than <paramref name="maxCharactersInPart"/> characters is refused (a small zip can unpack to gigabytes).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Read(Stream stream, long maxCharactersInPart = 0)
    {
        using var document = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = maxCharactersInPart });
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("No workbook.");
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("No sheet.");
        var part = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                var text = cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var s) && s < shared.Count
                    ? shared[s]
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? string.Empty : cell.CellValue?.Text ?? string.Empty;
                cells.Add(FormulaGuard.Unprotect(text));
            }

            rows.Add(cells);
        }

        return rows;
    }

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            n = (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return n - 1;
    }
}
