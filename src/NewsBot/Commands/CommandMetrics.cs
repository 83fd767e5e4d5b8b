using System.Diagnostics.Metrics;
using NewsBot.Operations;

namespace NewsBot.Commands;

/// <summary>
/// Interactions the router handled, by command (only the bot's own command names, so the set stays small), kind
/// (<c>command</c> or <c>autocomplete</c>) and outcome: <c>ok</c> (answered, including answers that explain a wrong
/// option), <c>failed</c> (the command threw; the user got the apology), <c>unknown</c> (no such command).
/// </summary>
internal sealed class CommandMetrics(IMeterFactory? meterFactory = null)
{
    public const string Ok = "ok";
    public const string Failed = "failed";
    public const string Unknown = "unknown";

    private readonly Counter<long> _interactions = BotMeter.Create(meterFactory).CreateCounter<long>(
        "newsbot.interactions", "{interaction}", "Slash commands and autocompletes handled, by command, kind and outcome");

    public void Handled(string command, bool autocomplete, string outcome) =>
        _interactions.Add(1,
            new KeyValuePair<string, object?>("command", command),
            new KeyValuePair<string, object?>("kind", autocomplete ? "autocomplete" : "command"),
            new KeyValuePair<string, object?>("outcome", outcome));
}
