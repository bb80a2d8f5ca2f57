namespace NmZaMe.Cms.Search;

public sealed partial class SearchService
{
    /// <summary>Upper bounds of the quick score by row; what was raised is cleared on dispose, so the buffers serve the next query.</summary>
    private sealed class Bounds(double[] raised, int[] counts, int[] terms, double[] weights, FieldPostings postings, (double Name, double Keywords, double Summary, double Body) averages) : IDisposable
    {
        private readonly List<int> _raised = [];

        /// <summary>Every query word in the body where it is not in the name, keywords or summary; a margin for rounding (the score sums the same parts in another order).</summary>
        public double Of(int row)
        {
            var body = Body(row);
            var score = Raised(row);
            var prominent = TermsIn(row);
            for (var t = 0; t < weights.Length; t++)
            {
                if ((prominent & (1 << t)) == 0)
                {
                    score += weights[t] * body;
                }
            }

            return score * (1 + 1e-9);
        }

        /// <summary>What a query word in the row's body alone adds (times its weight): the body's words are a set, so once.</summary>
        public double Body(int row) => (uint)row < (uint)postings.Rows ? Bm25F(postings.Lengths(row), 0, 0, 0, 1, averages) : BodyMost;

        /// <summary>What the query words in the row's name, keywords and summary add, exactly.</summary>
        public double Raised(int row) => (uint)row < (uint)raised.Length ? raised[row] : 0;

        /// <summary>Bit t: query word t stands in the row's name, keywords or summary.</summary>
        public int TermsIn(int row) => (uint)row < (uint)terms.Length ? terms[row] : 0;

        public void Raise(int row, int term, double by)
        {
            if (terms[row] == 0)
            {
                _raised.Add(row);
            }

            raised[row] += by;
            terms[row] |= 1 << term;
        }

        public void Dispose()
        {
            foreach (var row in _raised)
            {
                raised[row] = 0;
                terms[row] = 0;
            }

            _boundBuffers = (raised, counts, terms);
        }
    }
}
