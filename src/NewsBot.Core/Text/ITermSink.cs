namespace NewsBot.Core.Text;

/// <summary>Receives the index terms of a text from <see cref="TermTokenizer"/>.</summary>
internal interface ITermSink
{
    /// <param name="term">Lower-case, stemmed term; only valid during the call.</param>
    /// <param name="isCompoundJoin">True for the joined form of a hyphenated compound (its parts come separately).</param>
    void Add(ReadOnlySpan<char> term, bool isCompoundJoin);
}
