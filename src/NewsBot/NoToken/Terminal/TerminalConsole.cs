namespace NewsBot.NoToken.Terminal;

/// <summary>
/// The one writer of the terminal. Messages that arrive while the prompt is shown replace the prompt line and then
/// show the prompt again, so announcements appear while the person is idle without garbling what they see.
/// </summary>
internal sealed class TerminalConsole(TextWriter writer, AnsiStyle style)
{
    private readonly Lock _lock = new();
    private string? _prompt;

    public void ShowPrompt(string prompt)
    {
        lock (_lock)
        {
            _prompt = prompt;
            writer.Write(prompt);
            writer.Flush();
        }
    }

    /// <summary>The person pressed Enter: the prompt line is finished (optionally echoing what was read).</summary>
    public void PromptAnswered(string? echo)
    {
        lock (_lock)
        {
            if (echo is not null)
                writer.WriteLine(echo);
            _prompt = null;
        }
    }

    public void WriteLines(IEnumerable<string> lines)
    {
        lock (_lock)
        {
            if (_prompt is not null)
                writer.Write(style.Enabled ? style.ClearLine : Environment.NewLine);
            foreach (var line in lines)
                writer.WriteLine(line);
            if (_prompt is not null)
                writer.Write(_prompt);
            writer.Flush();
        }
    }

    public void WriteLine(string line) => WriteLines([line]);
}
