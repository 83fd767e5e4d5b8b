using System.Security.Cryptography;

namespace NewsBot.Sandbox.Interactions;

/// <summary>
/// Interaction tokens: "sandbox." and 48 bytes from the OS's cryptographic generator as hex. The token is the only
/// credential of the interaction webhooks, so it stays unguessable even though the sandbox is local; filling a stack
/// buffer keeps that to one string per interaction (the generator costs well under a microsecond).
/// </summary>
internal static class InteractionToken
{
    private const string Prefix = "sandbox.";
    private const int RandomBytes = 48;

    public static string Next()
    {
        Span<byte> random = stackalloc byte[RandomBytes];
        RandomNumberGenerator.Fill(random);
        return string.Create(Prefix.Length + (RandomBytes * 2), random, static (chars, bytes) =>
        {
            Prefix.AsSpan().CopyTo(chars);
            Convert.TryToHexStringLower(bytes, chars[Prefix.Length..], out _);
        });
    }
}
