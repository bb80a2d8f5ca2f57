using System.Text;
using NmZaMe.Cms.Spreadsheets;
using NmZaMe.Web.Tests.BackOffice;

namespace NmZaMe.Web.Tests.Spreadsheets;

/// <summary>An exported catalogue file to edit in a test as an editor would in a spreadsheet program.</summary>
internal sealed class Sheet(List<List<string>> rows)
{
    private List<string> Header => rows[0];

    /// <summary>Rows in the file, the header included: the number of the last row.</summary>
    public int Count => rows.Count;

    public static async Task<Sheet> ExportAsync(BackOfficeSession session, string culture = "all") =>
        new(CsvTable.Read(Encoding.UTF8.GetString(await ExportTests.DownloadAsync(session, culture, "csv"))).Select(r => r.ToList()).ToList());

    /// <summary>The data rows of a type, in file order.</summary>
    public List<List<string>> Rows(string type) => rows.Skip(1).Where(r => r[1] == type).ToList();

    /// <summary>The row's number as a spreadsheet program shows it (the header is row 1).</summary>
    public int Number(List<string> row) => rows.IndexOf(row) + 1;

    public string Get(List<string> row, string column) => row[Column(column)];

    public void Set(List<string> row, string column, string value) => row[Column(column)] = value;

    /// <summary>A row for a new item under <paramref name="parentKey"/>: empty key, the given cells, the rest empty.</summary>
    public void Add(string type, string parentKey, params (string Column, string Value)[] cells)
    {
        var row = Header.Select(_ => string.Empty).ToList();
        row[Column("type")] = type;
        row[Column("parent.key")] = parentKey;
        foreach (var (column, value) in cells)
        {
            row[Column(column)] = value;
        }

        rows.Add(row);
    }

    /// <summary>Keeps only these rows (and the header), as an editor who deletes the rest does.</summary>
    public void Keep(params List<string>[] kept)
    {
        var header = rows[0];
        rows.RemoveAll(r => r != header && !kept.Contains(r));
    }

    public byte[] Csv() => CsvTable.Write(rows);

    public byte[] Xlsx() => XlsxTable.Write(rows, "Katalog");

    private int Column(string name)
    {
        var index = Header.IndexOf(name);
        Assert.True(index >= 0, $"No column {name}.");
        return index;
    }
}
