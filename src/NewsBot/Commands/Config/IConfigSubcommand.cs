using NewsBot.Messages;

namespace NewsBot.Commands.Config;

/// <summary>One /config subcommand; the permission gate has already passed.</summary>
internal interface IConfigSubcommand
{
    SlashCommandOption Definition { get; }

    ValueTask<BotMessage> HandleAsync(ConfigRequest request, CancellationToken cancellationToken);
}
