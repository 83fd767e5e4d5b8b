using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Announcements;

/// <summary>
/// The Discord message nonce of an announcement: 25 base32 characters of a SHA-256 over its identity, so every
/// attempt (retry, restart, another instance) sends the same nonce and Discord returns the existing message.
/// </summary>
public static class AnnouncementNonce
{
    public const int Length = 25;
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string For(AnnouncementKey key) =>
        For(string.Create(CultureInfo.InvariantCulture, $"{key.StreamKey}|{key.GuildId}|{(long)key.Offset.TotalSeconds}"));

    /// <summary>The nonce of any other post with a stable identity (a live thread's intro, a queued question, …).</summary>
    public static string For(string identity)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        var builder = new StringBuilder(Length);
        var bits = 0;
        var buffer = 0;
        foreach (var b in hash)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5 && builder.Length < Length)
            {
                builder.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }

            if (builder.Length == Length)
                break;
        }

        return builder.ToString();
    }
}
