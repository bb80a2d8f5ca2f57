using System.Text;

namespace NmZaMe.Cms.Spreadsheets;

/// <summary>
/// RFC 4180 CSV in UTF-8 with a byte order mark (so Excel reads č, š, ž right), CRLF line ends and every field quoted.
/// A field starting with = + - @ gets an apostrophe in front (<see cref="FormulaGuard"/>): a spreadsheet opening the file
/// must not run a catalogue text as a formula.
/// </summary>
public static class CsvTable
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(',');
                }

                text.Append('"').Append(FormulaGuard.Protect(row[i]).Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }

            text.Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Reads RFC 4180 (a BOM, LF or CRLF line ends, quoted or bare fields); removes the formula guard again.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Read(string text)
    {
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(FormulaGuard.Unprotect(field.ToString()));
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(FormulaGuard.Unprotect(field.ToString()));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(FormulaGuard.Unprotect(field.ToString()));
            rows.Add(row);
        }

        return rows;
    }
}

/// <summary>CSV and formula injection (OWASP): cells starting with = + - @ are written with a leading apostrophe.</summary>
public static class FormulaGuard
{
    private const string Triggers = "=+-@";

    public static string Protect(string value) => value.Length > 0 && Triggers.Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;

    /// <summary>Strips the apostrophe an export added; a value that really starts with an apostrophe and a trigger loses it too.</summary>
    public static string Unprotect(string value) => value.Length > 1 && value[0] == '\'' && Triggers.Contains(value[1], StringComparison.Ordinal) ? value[1..] : value;
}
