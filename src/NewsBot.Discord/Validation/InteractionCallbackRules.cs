using NewsBot.Discord.Models;

namespace NewsBot.Discord.Validation;

/// <summary>Which callback types Discord accepts as the answer to which interaction types (receiving-and-responding).</summary>
public static class InteractionCallbackRules
{
    /// <summary>
    /// Pong answers a ping; commands take a message, a deferral or a modal; components also an update of their message
    /// (now or deferred); autocomplete only choices; a modal submit no modal, and updates only when its modal was opened
    /// from a component (it then carries that component's message).
    /// </summary>
    public static bool Allows(Interaction interaction, InteractionCallbackType callback)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return interaction.Type switch
        {
            InteractionType.Ping => callback == InteractionCallbackType.Pong,
            InteractionType.ApplicationCommand => callback is InteractionCallbackType.ChannelMessageWithSource
                or InteractionCallbackType.DeferredChannelMessageWithSource or InteractionCallbackType.Modal,
            InteractionType.MessageComponent => callback is InteractionCallbackType.ChannelMessageWithSource
                or InteractionCallbackType.DeferredChannelMessageWithSource or InteractionCallbackType.DeferredUpdateMessage
                or InteractionCallbackType.UpdateMessage or InteractionCallbackType.Modal,
            InteractionType.ApplicationCommandAutocomplete => callback == InteractionCallbackType.ApplicationCommandAutocompleteResult,
            InteractionType.ModalSubmit => callback is InteractionCallbackType.ChannelMessageWithSource
                    or InteractionCallbackType.DeferredChannelMessageWithSource
                || (interaction.Message is not null
                    && callback is InteractionCallbackType.DeferredUpdateMessage or InteractionCallbackType.UpdateMessage),
            _ => false,
        };
    }
}
