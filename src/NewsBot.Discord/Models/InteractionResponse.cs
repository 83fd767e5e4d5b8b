using System.Text.Json;

namespace NewsBot.Discord.Models;

/// <summary>The body of POST /interactions/{id}/{token}/callback. Build it with the factory methods.</summary>
public sealed record InteractionResponse
{
    public InteractionCallbackType Type { get; init; }
    public InteractionCallbackData? Data { get; init; }

    public static InteractionResponse Pong() => new() { Type = InteractionCallbackType.Pong };

    public static InteractionResponse Message(InteractionMessage message) =>
        new() { Type = InteractionCallbackType.ChannelMessageWithSource, Data = message.ToCallbackData() };

    public static InteractionResponse DeferredMessage(bool ephemeral) => new()
    {
        Type = InteractionCallbackType.DeferredChannelMessageWithSource,
        Data = ephemeral ? new InteractionCallbackData { Flags = MessageFlags.Ephemeral } : null,
    };

    public static InteractionResponse DeferredUpdate() => new() { Type = InteractionCallbackType.DeferredUpdateMessage };

    public static InteractionResponse UpdateMessage(InteractionMessage message) =>
        new() { Type = InteractionCallbackType.UpdateMessage, Data = message.ToCallbackData() };

    /// <summary>
    /// A popup form. Only as the first response to a command or component interaction (never after a deferral, never
    /// to a modal submit): a handler that may answer with one declares it (<see cref="Interactions.IInteractionHandler.AnswersWithModal"/>).
    /// </summary>
    public static InteractionResponse Modal(InteractionModal modal) =>
        new() { Type = InteractionCallbackType.Modal, Data = modal.ToCallbackData() };

    public static InteractionResponse Autocomplete(IReadOnlyList<ApplicationCommandOptionChoice> choices) =>
        new() { Type = InteractionCallbackType.ApplicationCommandAutocompleteResult, Data = new InteractionCallbackData { Choices = choices } };
}

public enum InteractionCallbackType
{
    Pong = 1,
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
    ApplicationCommandAutocompleteResult = 8,
    Modal = 9,
}

/// <summary>Wire shape of a callback's <c>data</c>; messages come from <see cref="InteractionMessage"/>.</summary>
public sealed record InteractionCallbackData
{
    public bool? Tts { get; init; }
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    public MessageFlags? Flags { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    /// <summary>Modals: the modal's custom id (its submit carries it back) and its title.</summary>
    public string? CustomId { get; init; }

    public string? Title { get; init; }
}

/// <summary>
/// A modal: <see cref="CustomId"/> (1–100 characters, returned with the submit), <see cref="Title"/> (1–45) and 1–5
/// action rows, each holding one <see cref="Component.TextInput"/>.
/// </summary>
public sealed record InteractionModal(string CustomId, string Title, IReadOnlyList<Component> Components)
{
    internal InteractionCallbackData ToCallbackData() => new() { CustomId = CustomId, Title = Title, Components = Components };
}

/// <summary>A reply message; allowed mentions are required.</summary>
public sealed record InteractionMessage
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public required AllowedMentions AllowedMentions { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public bool Ephemeral { get; init; }

    internal InteractionCallbackData ToCallbackData() => new()
    {
        Content = Content,
        Embeds = Embeds,
        AllowedMentions = AllowedMentions,
        Components = Components,
        Flags = Ephemeral ? MessageFlags.Ephemeral : null,
    };

    internal static InteractionMessage? FromCallbackData(InteractionCallbackData? data) => data is null ? null : new()
    {
        Content = data.Content,
        Embeds = data.Embeds,
        AllowedMentions = data.AllowedMentions ?? AllowedMentions.None,
        Components = data.Components,
        Ephemeral = data.Flags is { } flags && flags.HasFlag(MessageFlags.Ephemeral),
    };
}

/// <summary>An autocomplete or static choice: a name and a string, integer or number value.</summary>
public sealed record ApplicationCommandOptionChoice
{
    public string Name { get; init; } = "";
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }
    public JsonElement Value { get; init; }

    public static ApplicationCommandOptionChoice ForString(string name, string value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, Json.DiscordJsonContext.Default.String) };

    public static ApplicationCommandOptionChoice ForInteger(string name, long value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, Json.DiscordJsonContext.Default.Int64) };
}
