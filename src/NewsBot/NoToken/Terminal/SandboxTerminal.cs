using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using NewsBot.Sandbox;
using NewsBot.Sandbox.Control;
using NewsBot.Sandbox.World;
using NewsBot.Texts;

namespace NewsBot.NoToken.Terminal;

/// <summary>
/// The interactive front end of the no-token run: reads lines, sends slash commands to the in-process sandbox as the
/// chosen member, renders the bot's replies, and prints what the bot posts in the channels as it arrives.
/// </summary>
internal sealed partial class SandboxTerminal
{
    private readonly SandboxServer _sandbox;
    private readonly TextReader _input;
    private readonly ILogger<SandboxTerminal> _logger;
    private readonly SandboxTerminalOptions _options;
    private readonly AnsiStyle _style;
    private readonly TerminalConsole _console;
    private readonly TerminalMarkup _markup;
    private readonly MessageRenderer _messages;
    private readonly OutcomeRenderer _outcomes;
    private readonly TerminalSession _session;
    private readonly TaskCompletionSource _watching = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SandboxTerminal(SandboxServer sandbox, TextReader input, TextWriter output, TimeProvider time,
        ILogger<SandboxTerminal> logger, SandboxTerminalOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        _sandbox = sandbox;
        _input = input;
        _logger = logger;
        _options = options ?? new SandboxTerminalOptions();
        _style = new AnsiStyle(_options.Ansi);
        _console = new TerminalConsole(output, _style);
        _markup = new TerminalMarkup(sandbox.World, time, _style);
        _messages = new MessageRenderer(_markup, _style, time);
        _outcomes = new OutcomeRenderer(_messages, _style);
        var guild = sandbox.World.DefaultGuild;
        var language = _options.Language ?? BotLocales.FromLocale(CultureInfo.CurrentUICulture.Name) ?? BotLanguage.English;
        _session = new TerminalSession(guild, sandbox.World.Viewer, guild.Channels[0], language);
    }

    /// <summary>Completes once the channel watcher has taken its snapshot: later messages will be printed.</summary>
    public Task Watching => _watching.Task;

    /// <summary>Shows the banner, then reads and runs lines until the input ends, <c>:quit</c>, or cancellation.</summary>
    public async Task<TerminalExit> RunAsync(bool botConnected = true, CancellationToken cancellationToken = default)
    {
        using var watch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watcher = WatchAsync(watch.Token);
        try
        {
            _console.WriteLines(Banner(botConnected));
            return await ReadLoopAsync(cancellationToken);
        }
        finally
        {
            await watch.CancelAsync();
            await watcher;
        }
    }

    /// <summary>Prints new channel messages until cancelled (also used after the input has ended).</summary>
    public async Task WatchAsync(CancellationToken cancellationToken)
    {
        var watcher = new ChannelWatcher(_sandbox.Control, [.. _session.Guild.Channels]);
        var running = watcher.RunAsync(ShowPosted, cancellationToken);
        _watching.TrySetResult();
        await running;
    }

    private async Task<TerminalExit> ReadLoopAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            _console.ShowPrompt(Prompt());
            string? line;
            try
            {
                line = await Task.Run(() => _input.ReadLineAsync(cancellationToken).AsTask(), cancellationToken).WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                _console.PromptAnswered("");
                return TerminalExit.Cancelled;
            }
            _console.PromptAnswered(_options.EchoInput || line is null ? line ?? "" : null);
            if (line is null)
            {
                _console.WriteLine(_style.Dim(_session.Texts.InputClosed));
                return TerminalExit.EndOfInput;
            }
            try
            {
                if (await HandleAsync(TerminalInputParser.Parse(line), cancellationToken) is { } exit)
                    return exit;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return TerminalExit.Cancelled;
            }
#pragma warning disable CA1031 // the terminal must survive anything one line causes; it is logged
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogLineFailed(ex);
                _console.WriteLine(_style.Red(_session.Texts.Unexpected));
            }
        }
    }

    private async Task<TerminalExit?> HandleAsync(TerminalInput input, CancellationToken cancellationToken)
    {
        switch (input)
        {
            case TerminalInput.Empty:
                return null;
            case TerminalInput.Invalid invalid:
                ShowError(invalid.Error);
                return null;
            case TerminalInput.Meta { Name: "press" or "drücke" or "druecke" } press:
                await PressAsync(press.Arguments, cancellationToken);
                return null;
            case TerminalInput.Meta meta:
                return RunMeta(meta);
            case TerminalInput.Slash slash:
                await RunSlashAsync(slash, cancellationToken);
                return null;
            default:
                return null;
        }
    }

    private async Task RunSlashAsync(TerminalInput.Slash slash, CancellationToken cancellationToken)
    {
        var (command, error) = SlashCommandResolver.Resolve(slash, Registered(), _session.Guild, _session.Texts.Locale, _session.CanSee);
        if (error is not null || command is null)
        {
            ShowError(error!);
            return;
        }
        var request = new InteractionRequest(command.Name)
        {
            Type = slash.Suggest ? 4 : 2,
            GuildId = _session.Guild.Id,
            ChannelId = _session.Channel.Id,
            UserId = _session.Member.Id,
            Locale = _session.Texts.Locale,
            Options = command.Options.Count > 0 ? command.Options : null,
        };
        var outcome = await _sandbox.Control.InvokeCommandAsync(request, cancellationToken);
        _console.WriteLines(_outcomes.Render(outcome, _session.Language, _options.Width));
    }

    /// <summary>The guild's commands, then the global ones not shadowed by a guild command of the same name.</summary>
    private JsonArray Registered()
    {
        var guild = _sandbox.Control.Commands(_session.Guild.Id);
        var names = guild.OfType<JsonObject>().Select(c => c["name"]?.ToString()).ToHashSet();
        foreach (var command in _sandbox.Control.Commands().OfType<JsonObject>().Where(c => !names.Contains(c["name"]?.ToString())).ToList())
            guild.Add(command.DeepClone());
        return guild;
    }

    private void ShowPosted(SandboxChannel channel, JsonObject message)
    {
        if (!_session.CanSee(channel))
            return; // a private channel's posts (the moderators' question queue) stay hidden from a viewer, as on Discord
        var author = message["author"]?["username"]?.ToString() ?? "?";
        var header = $"📣 {_style.Cyan("#" + channel.Name)}: {_style.Dim($"{author}, {_messages.TimeOf(message)}")}";
        var body = _messages.Render(message, _session.Language, _options.Width - 2).Select(l => "  " + l);
        _console.WriteLines(body.Prepend(header).Append(""));
    }

    private void ShowError(InputError error) => _console.WriteLine(_style.Red("✗ " + _session.Texts.Describe(error)));

    private string Prompt() => $"{_style.Green(_session.Member.Username)} {_style.Cyan("#" + _session.Channel.Name)}> ";

    private List<string> Banner(bool botConnected)
    {
        var texts = _session.Texts;
        var lines = new List<string> { _style.Bold(texts.BannerTitle) };
        lines.AddRange(TextWrap.Wrap(texts.BannerExplanation(_session.Guild.Name), _options.Width));
        foreach (var text in new[] { texts.ActingAs(_session.MemberDisplay, _session.Channel.Name), texts.BannerExamples, texts.BannerSwitch, texts.BannerHelp })
            lines.AddRange(TextWrap.Wrap(text, _options.Width));
        if (_options.DemoStream is { } demo)
        {
            var start = _markup.Render($"<t:{demo.StartsAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:t>", _session.Language);
            lines.AddRange(TextWrap.Wrap(texts.DemoStream(demo.Headline, start, (int)demo.FirstReminder.TotalMinutes), _options.Width).Select(_style.Yellow));
        }
        if (!botConnected)
            lines.AddRange(TextWrap.Wrap(texts.BotNotConnectedYet, _options.Width).Select(_style.Yellow));
        lines.Add("");
        return lines;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The sandbox terminal failed on a line")]
    private partial void LogLineFailed(Exception exception);
}
