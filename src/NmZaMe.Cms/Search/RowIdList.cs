namespace NmZaMe.Cms.Search;

/// <summary>Row ids as SQLite's group_concat writes them (decimal, comma separated), in the order FTS5 gave them.</summary>
internal static class RowIdList
{
    public static List<int> Parse(string? text)
    {
        var result = new List<int>();
        if (string.IsNullOrEmpty(text))
        {
            return result;
        }

        var ascending = true;
        var value = 0L;
        var digits = 0;
        foreach (var c in text.AsSpan())
        {
            if (c is >= '0' and <= '9')
            {
                value = (value * 10) + (c - '0');
                if (++digits > 10 || value > int.MaxValue)
                {
                    throw new FormatException("A row id is out of range.");
                }
            }
            else if (c == ',' && digits > 0)
            {
                ascending &= Add(result, (int)value);
                value = 0;
                digits = 0;
            }
            else
            {
                throw new FormatException($"Unexpected '{c}' in a list of row ids.");
            }
        }

        if (digits == 0)
        {
            throw new FormatException("A list of row ids ends without one.");
        }

        ascending &= Add(result, (int)value);

        // FTS5 gives a full-text query's rows in rowid order; group_concat does not promise to keep it, so make sure.
        if (!ascending)
        {
            result.Sort();
        }

        return result;
    }

    /// <summary>Sets the bit of every row id below <paramref name="size"/> in a list as UTF-8 bytes (order does not matter to a set).</summary>
    public static void Set(ReadOnlySpan<byte> text, ulong[] bits, int size)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var value = 0L;
        var digits = 0;
        foreach (var c in text)
        {
            if (c is >= (byte)'0' and <= (byte)'9')
            {
                value = (value * 10) + (c - '0');
                if (++digits > 10 || value > int.MaxValue)
                {
                    throw new FormatException("A row id is out of range.");
                }
            }
            else if (c == ',' && digits > 0)
            {
                SetBit(bits, size, (int)value);
                value = 0;
                digits = 0;
            }
            else
            {
                throw new FormatException($"Unexpected '{(char)c}' in a list of row ids.");
            }
        }

        if (digits == 0)
        {
            throw new FormatException("A list of row ids ends without one.");
        }

        SetBit(bits, size, (int)value);
    }

    private static void SetBit(ulong[] bits, int size, int row)
    {
        if ((uint)row < (uint)size)
        {
            bits[row >> 6] |= 1UL << row;
        }
    }

    private static bool Add(List<int> list, int value)
    {
        var ascending = list.Count == 0 || list[^1] < value;
        list.Add(value);
        return ascending;
    }
}
