namespace NewsBot.Discord.Interactions.Http;

/// <summary>
/// What to answer an interactions POST: the status, and for 200 the interaction response as UTF-8 JSON. The web server
/// calls <see cref="Sent"/> once the response is written (or could not be): edits and follow-ups wait for it.
/// </summary>
public sealed class HttpInteractionReply
{
    private readonly HttpInteractionResponder? _responder;

    internal HttpInteractionReply(int statusCode, ReadOnlyMemory<byte> json, string? problem = null, HttpInteractionResponder? responder = null)
    {
        StatusCode = statusCode;
        Json = json;
        Problem = problem;
        _responder = responder;
    }

    public int StatusCode { get; }

    /// <summary>The interaction response (200 only); empty otherwise.</summary>
    public ReadOnlyMemory<byte> Json { get; }

    /// <summary>Why the request was refused or failed, for the plain-text body of a non-200 answer.</summary>
    public string? Problem { get; }

    /// <summary>Tells the interaction whether its initial response reached the wire.</summary>
    public void Sent(bool written) => _responder?.Sent(written);
}
