using System.Collections.Concurrent;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>The test bot's handler: counts every interaction it handled and answers through <see cref="Reply"/>.</summary>
internal sealed class RecordingInteractionHandler : IInteractionHandler
{
    private readonly ConcurrentDictionary<Snowflake, int> _handled = new();

    /// <summary>How to answer; by default a small embed naming the command.</summary>
    public Func<Interaction, CancellationToken, ValueTask<InteractionResponse>> Reply { get; set; } = (interaction, _) =>
        ValueTask.FromResult(interaction.Type == InteractionType.ApplicationCommandAutocomplete
            ? InteractionResponse.Autocomplete([ApplicationCommandOptionChoice.ForString("Klima", "klima")])
            : InteractionResponse.Message(new InteractionMessage
            {
                Content = $"reply to /{interaction.Data?.Name}",
                Embeds = [new Embed { Title = interaction.Data?.Name, Description = "handled" }],
                AllowedMentions = AllowedMentions.None,
            }));

    public bool EphemeralWhenDeferred { get; set; }

    /// <summary>Which interactions may be answered with a modal (so the client never defers them); none by default.</summary>
    public Func<Interaction, bool> MayShowModal { get; set; } = _ => false;

    /// <summary>Every interaction handled, in order of arrival.</summary>
    public ConcurrentQueue<Interaction> Received { get; } = new();

    public IReadOnlyDictionary<Snowflake, int> Handled => _handled;

    public int TotalHandled => _handled.Values.Sum();

    public async ValueTask<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        _handled.AddOrUpdate(interaction.Id, 1, (_, n) => n + 1);
        Received.Enqueue(interaction);
        return await Reply(interaction, cancellationToken);
    }

    public bool IsEphemeralIfDeferred(Interaction interaction) => EphemeralWhenDeferred;

    public bool AnswersWithModal(Interaction interaction) => MayShowModal(interaction);
}
