using System.Runtime.InteropServices;
using NewsBot.Core.Documents;
using NewsBot.Core.Text;

namespace NewsBot.Core.Summaries;

/// <summary>
/// Sparse tf-idf vectors of a document's sentences, each sentence a "document" (summarization.md §5.1 step 4):
/// tf' = 1 + ln(tf), idf = ln(1 + N/df), stored as sorted term ids with weights; plus the headline's vector.
/// </summary>
internal sealed class TermVectors : ITermSink
{
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly List<int> _raw = [];
    private readonly int[] _offsets;
    private readonly int[] _terms;
    private readonly double[] _weights;
    private readonly double[] _norms;
    private readonly int[] _contentTerms;
    private readonly bool _lookupOnly;
    private int _contentCount;

    /// <param name="sentences">The document's sentences.</param>
    /// <param name="members">Which of them get a vector (vector k is sentence members[k]); the headline's vector comes last.</param>
    /// <param name="headline">The headline: its terms count for similarity but not for document frequencies.</param>
    /// <param name="language">Selects stop words and stemmer.</param>
    public TermVectors(DocumentSentences sentences, ReadOnlySpan<int> members, string headline, DocumentLanguage language)
    {
        var count = members.Length + 1;
        var rawOffsets = new int[count + 1];
        _contentTerms = new int[count];
        for (var k = 0; k < count; k++)
        {
            _lookupOnly = k == count - 1;
            _contentCount = 0;
            rawOffsets[k] = _raw.Count;
            TermTokenizer.Tokenize(_lookupOnly ? headline : sentences.TextOf(members[k]), language, this);
            _contentTerms[k] = _contentCount;
        }

        rawOffsets[count] = _raw.Count;
        var raw = CollectionsMarshal.AsSpan(_raw);
        _offsets = new int[count + 1];
        _terms = new int[raw.Length];
        var tf = new int[raw.Length];
        var df = new int[_vocabulary.Count];
        var unique = 0;
        for (var k = 0; k < count; k++)
        {
            _offsets[k] = unique;
            var ids = raw[rawOffsets[k]..rawOffsets[k + 1]];
            ids.Sort();
            for (var i = 0; i < ids.Length; i++)
            {
                if (i > 0 && ids[i] == ids[i - 1])
                {
                    tf[unique - 1]++;
                    continue;
                }

                _terms[unique] = ids[i];
                tf[unique++] = 1;
                if (k < count - 1)
                {
                    df[ids[i]]++;
                }
            }
        }

        _offsets[count] = unique;
        _weights = new double[unique];
        _norms = new double[count];
        var documents = count - 1;
        for (var k = 0; k < count; k++)
        {
            var sum = 0.0;
            for (var t = _offsets[k]; t < _offsets[k + 1]; t++)
            {
                var d = df[_terms[t]];
                var weight = d == 0 ? 0 : (1 + Math.Log(tf[t])) * Math.Log(1 + ((double)documents / d));
                _weights[t] = weight;
                sum += weight * weight;
            }

            _norms[k] = Math.Sqrt(sum);
        }
    }

    /// <summary>Index of the headline's vector.</summary>
    public int Headline => _norms.Length - 1;

    /// <summary>Distinct non-stop-word terms (compound joins not counted) of vector <paramref name="k"/>.</summary>
    public int ContentTerms(int k) => _contentTerms[k];

    public double Cosine(int a, int b)
    {
        var norm = _norms[a] * _norms[b];
        if (norm == 0)
        {
            return 0;
        }

        var dot = 0.0;
        int i = _offsets[a], iEnd = _offsets[a + 1], j = _offsets[b], jEnd = _offsets[b + 1];
        while (i < iEnd && j < jEnd)
        {
            var ti = _terms[i];
            var tj = _terms[j];
            if (ti == tj)
            {
                dot += _weights[i++] * _weights[j++];
            }
            else if (ti < tj)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return dot / norm;
    }

    void ITermSink.Add(ReadOnlySpan<char> term, bool isCompoundJoin)
    {
        _contentCount += isCompoundJoin ? 0 : 1;
        var lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(term, out var id))
        {
            if (_lookupOnly)
            {
                return;
            }

            id = _vocabulary.Count;
            lookup[term] = id;
        }

        _raw.Add(id);
    }
}
