using System.Threading.Channels;

namespace NewsBot.Tests.NoToken.Terminal;

/// <summary>Input that waits for lines the test sends, like a person who has not typed yet; <see cref="End"/> is Ctrl+D.</summary>
internal sealed class ScriptedInput : TextReader
{
    private readonly Channel<string?> _lines = Channel.CreateUnbounded<string?>();

    public void Type(string line) => _lines.Writer.TryWrite(line);

    public void End() => _lines.Writer.TryWrite(null);

    public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        await _lines.Reader.ReadAsync(cancellationToken);

    public override string? ReadLine() => ReadLineAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
}
