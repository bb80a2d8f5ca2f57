namespace NmZaMe.Cms.Search;

/// <summary>
/// The bookkeeping of <see cref="UnderstoodRows"/>: the buffers a thread's next query reuses, the facet rows read
/// once, and the bitset walks that fill the candidate list.
/// </summary>
public sealed partial class SearchService
{
    private sealed partial class UnderstoodRows
    {
        public void Dispose()
        {
            if (_lexicon is not null)
            {
                Array.Clear(_lexicon, 0, _size);
                _lexiconBuffer = _lexicon;
            }

            // A broad query's ids are a large-object heap array: the thread's next query reuses it.
            if (Ids.Capacity >= SpareFrom && Ids.Capacity > (_spareIds?.Capacity ?? 0))
            {
                Ids.Clear();
                _spareIds = Ids;
            }
        }

        private static List<int> TakeSpareIds()
        {
            var spare = _spareIds ?? [];
            _spareIds = null;
            return spare;
        }

        // The rows of the life situations the phrases point to; read once the bounds are wanted (FieldPostings is built then).
        private ulong[]? FacetRows()
        {
            if (!_facetsRead)
            {
                _facetRows = FieldPostings.Of(_state).RowsWithAny(_pointedFacets);
                _facetsRead = true;
            }

            return _facetRows;
        }

        private static long Count(ulong[] bits)
        {
            var count = 0L;
            foreach (var word in bits)
            {
                count += System.Numerics.BitOperations.PopCount(word);
            }

            return count;
        }

        private ulong[] Bits(List<int> rows)
        {
            var bits = new ulong[_seen.Length];
            foreach (var row in rows)
            {
                if ((uint)row < (uint)_size)
                {
                    bits[row >> 6] |= 1UL << row;
                }
            }

            return bits;
        }

        /// <summary>Adds the rows set in all of the bitsets (or with <paramref name="any"/>, in the first), ascending.</summary>
        private void AddAll(List<ulong[]> sets, bool any = false)
        {
            for (var w = 0; w < _seen.Length; w++)
            {
                var bits = sets[0][w];
                for (var i = 1; !any && i < sets.Count; i++)
                {
                    bits &= sets[i][w];
                }

                for (; bits != 0; bits &= bits - 1)
                {
                    Add((w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits));
                }
            }
        }

        private void Add(int row)
        {
            if ((uint)row < (uint)_size && (_seen[row >> 6] & (1UL << row)) == 0)
            {
                _seen[row >> 6] |= 1UL << row;
                Ids.Add(row);
            }
        }
    }
}
