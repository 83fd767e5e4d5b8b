using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace NewsBot.Discord.Tests.Interactions.Http;

/// <summary>An application key that signs interaction bodies as Discord does: Ed25519 over the timestamp's bytes, then the body.</summary>
internal sealed class SignedRequests : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public string Sign(string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, [.. Encoding.ASCII.GetBytes(timestamp), .. body]));

    public void Dispose() => _key.Dispose();
}
