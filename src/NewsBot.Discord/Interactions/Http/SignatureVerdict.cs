namespace NewsBot.Discord.Interactions.Http;

/// <summary>What the signature check of an HTTP interaction found; anything but <see cref="Valid"/> is answered with 401.</summary>
public enum SignatureVerdict
{
    Valid,

    /// <summary>No <c>X-Signature-Ed25519</c> or <c>X-Signature-Timestamp</c> header.</summary>
    Missing,

    /// <summary>A signature that is not 128 hex digits, or a timestamp that is not whole Unix seconds.</summary>
    Malformed,

    /// <summary>A timestamp further from now than <see cref="InteractionSignatureVerifier.MaxSkew"/> (a replay, or a wrong clock).</summary>
    Stale,

    /// <summary>Well-formed, but not signed by the application's key over this timestamp and body.</summary>
    Wrong,
}
