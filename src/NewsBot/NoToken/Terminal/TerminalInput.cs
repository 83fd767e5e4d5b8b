namespace NewsBot.NoToken.Terminal;

/// <summary>One typed line, parsed: nothing, a meta command (<c>:as moderator</c>), a slash command, or what was wrong.</summary>
internal abstract record TerminalInput
{
    private TerminalInput() { }

    public sealed record Empty : TerminalInput;

    /// <summary><c>:name arg…</c>; <c>quit</c> and <c>exit</c> arrive as <c>:quit</c>.</summary>
    public sealed record Meta(string Name, IReadOnlyList<string> Arguments) : TerminalInput;

    /// <summary><c>/command [group] [subcommand] name:value …</c>; <paramref name="Suggest"/> when the line ends with a lone <c>?</c>.</summary>
    public sealed record Slash(string Command, IReadOnlyList<string> Path, IReadOnlyList<TypedOption> Options, bool Suggest) : TerminalInput;

    public sealed record Invalid(InputError Error) : TerminalInput;
}

/// <summary>An option as typed: its name and its raw value (quotes removed).</summary>
internal sealed record TypedOption(string Name, string Value);
