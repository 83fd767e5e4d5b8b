using NewsBot.Commands;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Messages;

namespace NewsBot.DiscordAdapters;

/// <summary>The one interaction handler: parses the payload, asks the router, maps the reply back.</summary>
internal sealed class DiscordInteractionHandler(CommandRouter router) : IInteractionHandler
{
    public async ValueTask<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (interaction.Type == InteractionType.Ping)
            return InteractionResponse.Pong();
        var context = InteractionContextMapper.ToContext(interaction);
        if (interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            if (context is null)
                return InteractionResponse.Autocomplete([]);
            var choices = await router.AutocompleteAsync(context, cancellationToken);
            return InteractionResponse.Autocomplete([.. choices.Take(25).Select(c => ApplicationCommandOptionChoice.ForString(c.Name, c.Value))]);
        }
        if (context is null)
            return InteractionResponse.Message(BotMessageMapper.ToInteractionMessage(BotMessage.Text("Unbekannter Befehl. / Unknown command.", ephemeral: true)));
        var reply = await router.HandleAsync(context, cancellationToken);
        return InteractionResponse.Message(BotMessageMapper.ToInteractionMessage(reply));
    }

    public bool IsEphemeralIfDeferred(Interaction interaction) =>
        InteractionContextMapper.ToContext(interaction) is not { } context || router.DefersEphemeral(context);
}
