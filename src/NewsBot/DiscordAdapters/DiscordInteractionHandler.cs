using NewsBot.Commands;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Interactions;
using NewsBot.Messages;

namespace NewsBot.DiscordAdapters;

/// <summary>
/// The one interaction handler: parses the payload, asks the command router (commands, autocomplete) or the component
/// router (button presses, modal submits), and maps the answer back.
/// </summary>
internal sealed class DiscordInteractionHandler(CommandRouter router, ComponentRouter components) : IInteractionHandler
{
    public async ValueTask<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        switch (interaction.Type)
        {
            case InteractionType.Ping:
                return InteractionResponse.Pong();
            case InteractionType.MessageComponent:
                return InteractionContextMapper.ToComponentContext(interaction) is { } pressed
                    ? ToResponse(await components.HandleAsync(pressed, cancellationToken))
                    : Unknown();
            case InteractionType.ModalSubmit:
                return InteractionContextMapper.ToModalSubmitContext(interaction) is { } submitted
                    ? ToResponse(await components.HandleAsync(submitted, cancellationToken))
                    : Unknown();
        }
        var context = InteractionContextMapper.ToContext(interaction);
        if (interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            if (context is null)
                return InteractionResponse.Autocomplete([]);
            var choices = await router.AutocompleteAsync(context, cancellationToken);
            return InteractionResponse.Autocomplete([.. choices.Take(25).Select(c => ApplicationCommandOptionChoice.ForString(c.Name, c.Value))]);
        }
        if (context is null)
            return Unknown();
        if (router.ModalFor(context) is { } form)
            return InteractionResponse.Modal(BotMessageMapper.ToModal(form));
        var reply = await router.HandleAsync(context, cancellationToken);
        return InteractionResponse.Message(BotMessageMapper.ToInteractionMessage(reply));
    }

    public bool IsEphemeralIfDeferred(Interaction interaction) => interaction.Type switch
    {
        InteractionType.ModalSubmit => InteractionContextMapper.ToModalSubmitContext(interaction) is not { } submitted || components.DefersEphemeral(submitted),
        _ => InteractionContextMapper.ToContext(interaction) is not { } context || router.DefersEphemeral(context),
    };

    public bool AnswersWithModal(Interaction interaction) => interaction.Type switch
    {
        InteractionType.MessageComponent => InteractionContextMapper.ToComponentContext(interaction) is { } pressed && components.AnswersWithModal(pressed),
        InteractionType.ApplicationCommand => InteractionContextMapper.ToContext(interaction) is { } context && router.ModalFor(context) is not null,
        _ => false,
    };

    private static InteractionResponse ToResponse(ComponentReply reply) => reply switch
    {
        ComponentReply.UpdateMessage update => InteractionResponse.UpdateMessage(BotMessageMapper.ToUpdate(update.Message)),
        ComponentReply.ShowModal modal => InteractionResponse.Modal(BotMessageMapper.ToModal(modal.Modal)),
        ComponentReply.Acknowledge => InteractionResponse.DeferredUpdate(),
        ComponentReply.NewMessage message => InteractionResponse.Message(BotMessageMapper.ToInteractionMessage(message.Message)),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply, "unknown component reply"),
    };

    private static InteractionResponse Unknown() =>
        InteractionResponse.Message(BotMessageMapper.ToInteractionMessage(BotMessage.Text("Unbekannter Befehl. / Unknown command.", ephemeral: true)));
}
