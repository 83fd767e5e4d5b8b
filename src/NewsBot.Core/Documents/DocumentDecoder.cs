using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsBot.Core.Documents;

/// <summary>Turns a document's bytes into normalized text: BOM-aware UTF-8/UTF-16, Windows-1252 fallback, NFC, LF.</summary>
public static class DocumentDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CreateWindows1252();
    private static readonly SearchValues<char> Special = SearchValues.Create("\r\t\u00A0\u202F\u2007\u00AD\u200B\u200C\u200D\u2060\uFEFF");

    /// <returns>The text, or null with <paramref name="error"/> set when the bytes are not a text document.</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error)
    {
        error = null;
        string raw;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            if (!TryUtf8(bytes[3..], out raw))
            {
                error = "invalid UTF-8 after a UTF-8 byte order mark";
                return null;
            }
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            raw = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            raw = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else if (bytes.IndexOf((byte)0) >= 0)
        {
            error = "binary file (contains NUL bytes)";
            return null;
        }
        else if (!TryUtf8(bytes, out raw))
        {
            raw = Windows1252.GetString(bytes);
        }

        if (LooksBinary(raw))
        {
            error = "binary file (contains control characters)";
            return null;
        }

        return Normalize(raw);
    }

    /// <summary>LF line ends, NFC, no-break spaces as spaces, soft hyphens and zero-width characters removed.</summary>
    public static string Normalize(string raw)
    {
        if (raw.AsSpan().IndexOfAny(Special) < 0)
            return raw.IsNormalized(NormalizationForm.FormC) ? raw : raw.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < raw.Length && raw[i + 1] == '\n')
                        i++;
                    break;
                case '\u00A0' or '\u202F' or '\u2007' or '\t':
                    builder.Append(' ');
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        var text = builder.ToString();
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    private static bool TryUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static bool LooksBinary(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
                return true;
            if (char.GetUnicodeCategory(c) == UnicodeCategory.Control && c is not ('\n' or '\r' or '\t' or '\f'))
                controls++;
        }

        return controls > 8 && controls * 100 > text.Length;
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
