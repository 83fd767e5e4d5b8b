using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace NewsBot.Discord.Interactions.Http;

/// <summary>
/// Checks Discord's signature of an HTTP interaction: <c>X-Signature-Ed25519</c> (hex) is the Ed25519 signature, by the
/// application's key, of the <c>X-Signature-Timestamp</c> header's bytes followed by the raw body. A timestamp more than
/// <see cref="MaxSkew"/> from our clock is refused even when the signature holds, so a recorded request cannot be
/// replayed later.
/// </summary>
internal sealed class InteractionSignatureVerifier(PublicKey publicKey, TimeProvider time)
{
    /// <summary>How far the signed timestamp may be from our clock, either way.</summary>
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    private const int SignatureBytes = 64;
    private const int PublicKeyBytes = 32;

    // Unix seconds have at most 19 digits; anything longer is not a timestamp.
    private const int MaxTimestampLength = 19;

    /// <summary>The application's public key from its 64 hex digits (the Developer Portal's "Public Key").</summary>
    public static bool TryParsePublicKey(string? hex, [NotNullWhen(true)] out PublicKey? key)
    {
        key = null;
        Span<byte> raw = stackalloc byte[PublicKeyBytes];
        return hex is not null && TryHex(hex.Trim(), raw)
            && PublicKey.TryImport(SignatureAlgorithm.Ed25519, raw, KeyBlobFormat.RawPublicKey, out key);
    }

    public SignatureVerdict Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp))
            return SignatureVerdict.Missing;
        Span<byte> signature = stackalloc byte[SignatureBytes];
        if (!TryHex(signatureHex, signature) || timestamp.Length > MaxTimestampLength
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SignatureVerdict.Malformed;
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var skew = (long)MaxSkew.TotalSeconds;
        if (seconds < now - skew || seconds > now + skew)
            return SignatureVerdict.Stale;

        var length = timestamp.Length + body.Length;
        var signed = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.ASCII.GetBytes(timestamp, signed);
            body.CopyTo(signed.AsSpan(written));
            return SignatureAlgorithm.Ed25519.Verify(publicKey, signed.AsSpan(0, length), signature) ? SignatureVerdict.Valid : SignatureVerdict.Wrong;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(signed);
        }
    }

    /// <summary>Exactly <c>destination.Length</c> bytes from as many hex pairs (either case), nothing else.</summary>
    private static bool TryHex(string hex, Span<byte> destination) =>
        hex.Length == destination.Length * 2
        && Convert.FromHexString(hex, destination, out _, out var written) == OperationStatus.Done
        && written == destination.Length;
}
