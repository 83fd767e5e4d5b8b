using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Texts;

namespace NewsBot.NoToken.Terminal;

/// <summary>The terminal's own commands: <c>:as</c>, <c>:lang</c>, <c>:channel</c>, <c>:messages</c>, <c>:commands</c>, <c>:help</c>, <c>:quit</c>.</summary>
internal sealed partial class SandboxTerminal
{
    private const int DefaultRecentMessages = 10;

    private TerminalExit? RunMeta(TerminalInput.Meta meta)
    {
        var argument = meta.Arguments.Count > 0 ? meta.Arguments[0].ToLowerInvariant() : null;
        switch (meta.Name)
        {
            case "quit" or "q" or "exit":
                _console.WriteLine(_style.Dim(_session.Texts.Goodbye));
                return TerminalExit.Quit;
            case "help" or "h" or "?":
                _console.WriteLines(_session.Texts.Help.Split('\n'));
                return null;
            case "as":
                SwitchMember(argument);
                return null;
            case "lang" or "language" or "sprache":
                SwitchLanguage(argument);
                return null;
            case "channel" or "kanal":
                SwitchChannel(argument);
                return null;
            case "messages" or "nachrichten":
                ShowMessages(meta.Arguments);
                return null;
            case "commands" or "befehle":
                ShowCommands();
                return null;
            case "events":
                ShowEvents();
                return null;
            default:
                ShowError(new InputError(InputErrorKind.UnknownMeta, meta.Name));
                return null;
        }
    }

    private void SwitchMember(string? who)
    {
        var world = _sandbox.World;
        var member = who switch
        {
            "moderator" or "mod" or "mia" or "mod-mia" => world.Moderator,
            "viewer" or "vic" or "viewer-vic" or "member" => world.Viewer,
            "owner" or "sandbox-owner" => world.Owner,
            _ => null,
        };
        if (member is null)
        {
            ShowError(new InputError(InputErrorKind.MetaArgument, who ?? "", ":as moderator|viewer|owner"));
            return;
        }
        _session.Member = member;
        _console.WriteLine(_session.Texts.NowActingAs(_session.MemberDisplay));
        if (!_session.CanSee(_session.Channel) && _session.VisibleChannels is [var first, ..])
        {
            _session.Channel = first; // the member cannot see the channel they were in
            _console.WriteLine(_session.Texts.NowChannel(first.Name));
        }
    }

    private void SwitchLanguage(string? language)
    {
        BotLanguage? chosen = language switch
        {
            "de" or "deutsch" or "german" => BotLanguage.German,
            "en" or "english" or "englisch" => BotLanguage.English,
            _ => null,
        };
        if (chosen is null)
        {
            ShowError(new InputError(InputErrorKind.MetaArgument, language ?? "", ":lang de|en"));
            return;
        }
        _session.Language = chosen.Value;
        _console.WriteLine(_session.Texts.NowLanguage);
    }

    private void SwitchChannel(string? name)
    {
        if (FindChannel(name) is not { } channel)
            return;
        _session.Channel = channel;
        _console.WriteLine(_session.Texts.NowChannel(channel.Name));
    }

    private void ShowMessages(IReadOnlyList<string> arguments)
    {
        var count = DefaultRecentMessages;
        var channel = _session.Channel;
        foreach (var argument in arguments)
        {
            if (int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
                count = Math.Min(n, 100);
            else if (FindChannel(argument) is { } named)
                channel = named;
            else
                return;
        }
        var messages = _sandbox.Control.Messages(channel.Id);
        if (messages.Count == 0)
        {
            _console.WriteLine(_style.Dim(_session.Texts.NoMessages(channel.Name)));
            return;
        }
        var lines = new List<string>();
        foreach (var message in messages.TakeLast(count))
        {
            var author = message["author"]?["username"]?.ToString() ?? "?";
            lines.Add($"{_style.Cyan("#" + channel.Name)} {_style.Dim($"{author}, {_messages.TimeOf(message)}")}");
            lines.AddRange(_messages.Render(message, _session.Language, _options.Width - 2).Select(l => "  " + l));
        }
        _console.WriteLines(lines);
    }

    private Sandbox.World.SandboxChannel? FindChannel(string? name)
    {
        var bare = name?.TrimStart('#') ?? "";
        var visible = _session.VisibleChannels;
        var channel = visible.FirstOrDefault(c => string.Equals(c.Name, bare, StringComparison.OrdinalIgnoreCase));
        if (channel is null)
            ShowError(new InputError(InputErrorKind.UnknownChannel, bare, string.Join(", ", visible.Select(c => "#" + c.Name))));
        return channel;
    }

    private void ShowEvents()
    {
        var events = _sandbox.Control.ScheduledEvents(_session.Guild.Id).OfType<JsonObject>().ToList();
        if (events.Count == 0)
        {
            _console.WriteLine(_style.Dim(_session.Texts.NoEvents));
            return;
        }
        var lines = new List<string>();
        foreach (var scheduled in events)
        {
            var start = DateTimeOffset.TryParse(scheduled["scheduled_start_time"]?.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? $"<t:{at.ToUnixTimeSeconds()}:f> (<t:{at.ToUnixTimeSeconds()}:R>)"
                : "";
            var status = JsonNumbers.Int64(scheduled["status"]) switch { 1 => "scheduled", 2 => "active", 3 => "completed", 4 => "canceled", _ => "?" };
            var text = $"• {_style.Bold(scheduled["name"]?.ToString() ?? "")} — {_messages.Markup.Render(start, _session.Language)}"
                + $" — {scheduled["entity_metadata"]?["location"]} [{status}]";
            lines.AddRange(TextWrap.Wrap(text, _options.Width));
        }
        _console.WriteLines(lines);
    }

    private void ShowCommands()
    {
        var commands = Registered().OfType<JsonObject>().ToList();
        if (commands.Count == 0)
        {
            _console.WriteLine(_style.Dim(_session.Texts.NoCommands));
            return;
        }
        var lines = new List<string>();
        foreach (var command in commands)
            lines.AddRange(CommandHelp.Describe(command, _session.Language, _style).SelectMany(l => TextWrap.Wrap(l, _options.Width)));
        _console.WriteLines(lines);
    }
}
