using System.Text;

namespace NewsBot.Tests.NoToken.Terminal;

/// <summary>A thread-safe StringWriter a test can wait on until some text has been written.</summary>
internal sealed class ObservableWriter : TextWriter
{
    private readonly Lock _lock = new();
    private readonly StringBuilder _text = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get
        {
            lock (_lock)
                return _text.ToString();
        }
    }

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _text.Append(value);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    public override void WriteLine(string? value) => Write(value + "\n");

    /// <summary>Waits (real time, generous) until the output contains <paramref name="expected"/>.</summary>
    public async Task WaitForAsync(string expected, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_text.ToString().Contains(expected, StringComparison.Ordinal))
                    return;
                changed = _changed.Task;
            }
            try
            {
                await changed.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"The output never contained \"{expected}\":\n{Text}");
            }
        }
    }
}
